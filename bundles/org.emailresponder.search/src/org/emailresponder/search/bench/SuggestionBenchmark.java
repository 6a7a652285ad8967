package org.emailresponder.search.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.emailresponder.search.MessageText;
import org.emailresponder.search.TemplateEntry;
import org.emailresponder.search.TemplateSuggester;

/**
 * Latency of {@link TemplateSuggester#suggest} with 10,000 templates made from real message text (the SpamAssassin
 * corpus, ham and spam) and 5,000 recorded choices; queries are other corpus messages.
 * Usage: {@code <corpus data>}.
 */
public final class SuggestionBenchmark {
    static final int TEMPLATES = 10_000;
    static final int CHOICES = 5_000;
    static final int WARMUP = 500;
    static final int QUERIES = 2_000;

    private SuggestionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        run(Path.of(args[0]), System.out);
    }

    /** Returns p99 in milliseconds. */
    public static double run(Path corpusDataDir, PrintStream out) throws IOException {
        List<MessageText> corpus = ListCorpus.allMessages(corpusDataDir);
        Random random = new Random(42);
        try (TemplateSuggester suggester = new TemplateSuggester()) {
            long start = System.nanoTime();
            for (int i = 0; i < TEMPLATES; i++) {
                MessageText source = corpus.get(random.nextInt(corpus.size()));
                String body = source.body().length() > 1500 ? source.body().substring(0, 1500) : source.body();
                suggester.putTemplate(new TemplateEntry(i, "Template " + i, source.subject(), body,
                        i % 5 == 0 ? "de" : "en", i % 3 == 0 ? Set.of((long) (i % 7)) : Set.of()));
            }
            for (int i = 0; i < CHOICES; i++) {
                suggester.recordChoice(corpus.get(random.nextInt(corpus.size())), random.nextInt(TEMPLATES));
            }
            out.printf("indexed %d templates and %d choices in %d ms (%d corpus messages)%n", TEMPLATES, CHOICES,
                    (System.nanoTime() - start) / 1_000_000, corpus.size());
            for (int i = 0; i < WARMUP; i++) {
                suggest(suggester, corpus, random);
            }
            Percentiles latency = new Percentiles(QUERIES);
            Percentiles cpu = new Percentiles(QUERIES);
            for (int i = 0; i < QUERIES; i++) {
                long c = Percentiles.cpuNanos();
                long t = System.nanoTime();
                suggest(suggester, corpus, random);
                latency.add(System.nanoTime() - t);
                cpu.add(Percentiles.cpuNanos() - c);
            }
            out.println("suggest top-5, wall clock: " + latency.summary());
            out.println("suggest top-5, thread CPU: " + cpu.summary());
            return latency.millis(99);
        }
    }

    private static void suggest(TemplateSuggester suggester, List<MessageText> corpus, Random random) {
        MessageText message = corpus.get(random.nextInt(corpus.size()));
        suggester.suggest(message, "en", (long) random.nextInt(7), 5);
    }
}
