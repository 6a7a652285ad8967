package org.emailresponder.analysis.tests;

import org.emailresponder.analysis.Fact;
import org.emailresponder.analysis.spi.AnalysisContext;
import org.emailresponder.analysis.spi.Analyzer;

/** Analyzers contributed by this fragment's fragment.xml. */
public final class StubAnalyzers {
    public static final String PREFIX = "org.emailresponder.analysis.tests.";

    private StubAnalyzers() {
    }

    /** Marks that it ran, with the first word of the subject as a span. */
    public static final class First implements Analyzer {
        @Override
        public void analyze(AnalysisContext context) {
            String subject = context.input().subject();
            int end = subject.indexOf(' ') < 0 ? subject.length() : subject.indexOf(' ');
            context.add("test.first", subject.substring(0, end), 1.0, 0, end);
        }
    }

    public static final class Failing implements Analyzer {
        @Override
        public void analyze(AnalysisContext context) {
            context.add("test.failing", "must never be stored", 1.0);
            throw new IllegalStateException("stub analyzer failing on purpose");
        }
    }

    /** Runs far past the budget and ignores interruption, like a stuck partner analyzer. */
    public static final class Slow implements Analyzer {
        static final java.util.concurrent.atomic.AtomicInteger CALLS = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public void analyze(AnalysisContext context) {
            CALLS.incrementAndGet();
            context.add("test.slow", "must never be stored", 1.0);
            long until = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < until) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    // ignored on purpose: the pipeline must cope with analyzers that do not stop
                }
            }
        }
    }

    /** Lists the keys of the facts it was given, to show what earlier analyzers left. */
    public static final class Reader implements Analyzer {
        @Override
        public void analyze(AnalysisContext context) {
            StringBuilder keys = new StringBuilder();
            for (Fact fact : context.facts()) {
                if (keys.indexOf(fact.key() + ",") < 0) {
                    keys.append(fact.key()).append(',');
                }
            }
            context.add("test.seen", keys.toString(), 1.0);
        }
    }
}
