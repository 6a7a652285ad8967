package org.emailresponder.analysis.internal;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.emailresponder.analysis.AnalysisInput;
import org.emailresponder.analysis.AnalysisResult;

/**
 * Runs the analyzers on one message in order, each isolated: an exception is logged and that analyzer skipped; one
 * that exceeds the time budget is abandoned (interrupted, its facts dropped) and the rest run on a fresh thread.
 * <p>
 * The analyzers run on a worker thread so that the caller can walk away from a stuck one; in the normal case a
 * message costs one hand-off to the worker and one wake-up back, not one per analyzer.
 */
public final class AnalysisPipeline implements AutoCloseable {
    private final List<AnalyzerDescriptor> analyzers;
    private final Services services;
    private final long budgetNanos;
    private final int failureLimit;
    private final ExecutorService workers = Executors.newCachedThreadPool(new DaemonThreads());

    /**
     * @param failureLimit an analyzer that fails or times out this many times in a row is disabled (a stuck one would
     *                     otherwise cost the budget on every message)
     */
    public AnalysisPipeline(List<AnalyzerDescriptor> analyzers, Services services, long budgetMillis,
            int failureLimit) {
        if (budgetMillis <= 0) {
            throw new IllegalArgumentException("the analyzer time budget must be positive, was " + budgetMillis);
        }
        // created here, not under the first message's time budget (building a language profile takes a moment)
        this.analyzers = analyzers.stream().filter(d -> d.analyzer().isPresent()).toList();
        this.services = services;
        this.budgetNanos = budgetMillis * 1_000_000L;
        this.failureLimit = Math.max(1, failureLimit);
    }

    public AnalysisResult run(AnalysisInput input) {
        long started = System.nanoTime();
        SharedFacts facts = new SharedFacts();
        int next = 0;
        while (next < analyzers.size()) {
            PipelineWorker worker = new PipelineWorker(analyzers, next, input, facts, services, failureLimit);
            workers.execute(worker);
            next = worker.awaitEnd(budgetNanos);
        }
        return new AnalysisResult(input.messageId(), facts.facts(), facts.skipped(), System.nanoTime() - started);
    }

    public List<AnalyzerDescriptor> analyzers() {
        return analyzers;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "analysis-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
