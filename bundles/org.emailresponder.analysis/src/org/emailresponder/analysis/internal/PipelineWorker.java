package org.emailresponder.analysis.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.emailresponder.analysis.AnalysisInput;
import org.emailresponder.analysis.spi.Analyzer;

/**
 * Runs analyzers {@code from..end} of one message on a worker thread. The waiting caller abandons it when the current
 * analyzer overruns the budget; after that the worker commits nothing more.
 */
final class PipelineWorker implements Runnable {
    private final List<AnalyzerDescriptor> analyzers;
    private final int from;
    private final AnalysisInput input;
    private final SharedFacts facts;
    private final Services services;
    private final int failureLimit;

    // guarded by this
    private int current = -1;
    private long currentStart;
    private boolean finished;
    private boolean abandoned;
    private Thread thread;

    PipelineWorker(List<AnalyzerDescriptor> analyzers, int from, AnalysisInput input, SharedFacts facts,
            Services services, int failureLimit) {
        this.analyzers = analyzers;
        this.failureLimit = failureLimit;
        this.from = from;
        this.input = input;
        this.facts = facts;
        this.services = services;
    }

    @Override
    public void run() {
        try {
            for (int i = from; i < analyzers.size(); i++) {
                if (!start(i)) {
                    return;
                }
                runOne(analyzers.get(i));
            }
        } finally {
            synchronized (this) {
                finished = true;
                thread = null;
                notifyAll();
            }
            Thread.interrupted(); // a late interrupt must not leak into the pooled thread's next task
        }
    }

    private synchronized boolean start(int index) {
        if (abandoned) {
            return false;
        }
        current = index;
        currentStart = System.nanoTime();
        thread = Thread.currentThread();
        return true;
    }

    private void runOne(AnalyzerDescriptor descriptor) {
        Analyzer analyzer = descriptor.isDisabled() ? null : descriptor.analyzer().orElse(null);
        if (analyzer == null) {
            return;
        }
        AnalyzerContext context = new AnalyzerContext(descriptor.id(), input, facts, services);
        boolean[] ok = {true};
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                analyzer.analyze(context);
            }

            @Override
            public void handleException(Throwable e) {
                ok[0] = false;
                synchronized (PipelineWorker.this) {
                    if (!abandoned) { // an abandoned analyzer was already reported as timed out
                        facts.skip(descriptor.id(), String.valueOf(e));
                        descriptor.failed(failureLimit, String.valueOf(e));
                    }
                }
            }
        });
        synchronized (this) {
            if (ok[0] && !abandoned) {
                facts.addAll(context.found());
                descriptor.succeeded();
            }
        }
    }

    /**
     * Waits until the worker finishes or its current analyzer overruns the budget.
     *
     * @return the index to continue from: the end when finished, else the one after the overrunning analyzer
     */
    synchronized int awaitEnd(long budgetNanos) {
        boolean interrupted = false;
        try {
            while (!finished) {
                long left = current < 0 ? budgetNanos : currentStart + budgetNanos - System.nanoTime();
                if (left <= 0) {
                    return abandon(budgetNanos);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            return analyzers.size();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private int abandon(long budgetNanos) {
        abandoned = true;
        if (thread != null) {
            thread.interrupt();
        }
        AnalyzerDescriptor slow = analyzers.get(current);
        String reason = "timed out after " + budgetNanos / 1_000_000 + " ms";
        facts.skip(slow.id(), reason);
        slow.failed(failureLimit, reason);
        ILog.of(PipelineWorker.class).warn("Analyzer " + slow.id() + " " + reason + " on message "
                + input.messageId() + "; skipped");
        return current + 1;
    }
}
