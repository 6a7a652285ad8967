package org.emailresponder.search.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.search.IndexedMessage;
import org.emailresponder.search.MessageSearchIndex;
import org.emailresponder.search.MessageText;
import org.emailresponder.search.internal.TextTokens;

/**
 * Latency of {@link MessageSearchIndex#search} over 100,000 messages: the SpamAssassin corpus repeated with
 * variations (a copy number and a random corpus word in the subject, 20 groups) on disk in a temporary folder.
 * Queries are one to three words taken from random messages, searched as an agent of 2 groups and as a
 * supervisor. Usage: {@code <corpus data> [index folder]}.
 */
public final class SearchBenchmark {
    static final int MESSAGES = 100_000;
    static final int GROUPS = 20;
    static final int WARMUP = 500;
    static final int QUERIES = 2_000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("er-search-bench");
        run(Path.of(args[0]), folder, System.out);
    }

    /** Returns the agent's p95 in milliseconds. */
    public static double run(Path corpusDataDir, Path indexFolder, PrintStream out) throws IOException {
        List<MessageText> corpus = ListCorpus.allMessages(corpusDataDir);
        Random random = new Random(7);
        List<String> words = vocabulary(corpus, random);
        try (MessageSearchIndex index = MessageSearchIndex.open(indexFolder)) {
            long start = System.nanoTime();
            List<IndexedMessage> batch = new ArrayList<>();
            for (int id = 0; id < MESSAGES; id++) {
                batch.add(variant(id, corpus.get(id % corpus.size()), words, random));
                if (batch.size() == 5_000) {
                    index.indexAll(batch);
                    batch.clear();
                }
            }
            index.indexAll(batch);
            out.printf("indexed %d messages in %d ms (%d corpus messages, %d groups)%n", index.size(),
                    (System.nanoTime() - start) / 1_000_000, corpus.size(), GROUPS);
            UserSession agent = new UserSession(1, "agent", "Agent", Role.AGENT, Set.of(3L, 11L));
            UserSession supervisor = new UserSession(2, "sup", "Supervisor", Role.SUPERVISOR, Set.of());
            measure(index, supervisor, words, random, WARMUP);
            Percentiles[] all = measure(index, supervisor, words, random, QUERIES);
            out.println("supervisor, all groups, wall clock: " + all[0].summary());
            out.println("supervisor, all groups, thread CPU: " + all[1].summary());
            Percentiles[] agentLatency = measure(index, agent, words, random, QUERIES);
            out.println("agent, 2 of 20 groups, wall clock:  " + agentLatency[0].summary());
            out.println("agent, 2 of 20 groups, thread CPU:  " + agentLatency[1].summary());
            return agentLatency[0].millis(95);
        }
    }

    private static Percentiles[] measure(MessageSearchIndex index, UserSession user, List<String> words, Random random,
            int queries) {
        Percentiles latency = new Percentiles(queries);
        Percentiles cpu = new Percentiles(queries);
        for (int i = 0; i < queries; i++) {
            int terms = 1 + random.nextInt(3);
            StringBuilder query = new StringBuilder();
            for (int t = 0; t < terms; t++) {
                query.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            String q = terms == 3 ? query.toString().trim().replaceFirst(" ", " | ") : query.toString();
            long c = Percentiles.cpuNanos();
            long start = System.nanoTime();
            index.search(user, q, 50);
            latency.add(System.nanoTime() - start);
            cpu.add(Percentiles.cpuNanos() - c);
        }
        return new Percentiles[] {latency, cpu};
    }

    private static IndexedMessage variant(int id, MessageText m, List<String> words, Random random) {
        String subject = m.subject() + " " + words.get(random.nextInt(words.size())) + " #" + (id / 10_000);
        return new IndexedMessage(id, (long) (id % GROUPS), subject, m.body(), m.fromAddress(), m.fromName(),
                m.fromName(), Instant.ofEpochSecond(1_000_000_000L + id * 60L));
    }

    /** Words people would search for: taken from random subjects and bodies. */
    private static List<String> vocabulary(List<MessageText> corpus, Random random) {
        List<String> words = new ArrayList<>();
        var analyzer = TextTokens.nameAnalyzer();
        for (int i = 0; i < 2_000; i++) {
            MessageText m = corpus.get(random.nextInt(corpus.size()));
            List<String> terms = TextTokens.terms(analyzer, m.subject() + " " + m.body());
            terms.removeIf(t -> t.length() < 4 || Character.isDigit(t.charAt(0)));
            if (!terms.isEmpty()) {
                words.add(terms.get(random.nextInt(terms.size())));
            }
        }
        return words;
    }
}
