package org.emailresponder.manager.pipeline;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.emailresponder.manager.IngestListener;

/**
 * Runs a listener on its own thread so the next batch downloads while the previous one is automated. The queue is
 * bounded: when it is full the ingest thread waits (back-pressure, no unbounded memory). Nothing is lost when the
 * process dies with batches queued: their messages are stored and wait in RECEIVED for the next catch-up.
 */
final class BackgroundListener implements IngestListener, AutoCloseable {
    static final int QUEUED_BATCHES = 4;

    private final IngestListener target;
    private final ThreadPoolExecutor worker;

    BackgroundListener(IngestListener target) {
        this.target = target;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED_BATCHES), r -> {
            Thread t = new Thread(r, "emailresponder-automation");
            t.setDaemon(true);
            return t;
        }, (task, executor) -> {
            try {
                executor.getQueue().put(task); // full: the ingest thread waits for the automation
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public void received(long accountId, List<Long> messageIds) {
        List<Long> ids = List.copyOf(messageIds);
        worker.execute(() -> {
            try {
                target.received(accountId, ids);
            } catch (RuntimeException e) {
                ILog.of(BackgroundListener.class).error("Automation of " + ids.size() + " messages failed; they wait for the next catch-up: "
                        + e, e);
            }
        });
    }

    /** Waits until every queued batch is done (or the timeout passed); returns whether it is idle. */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (worker.getQueue().size() + worker.getActiveCount() > 0 || worker.getCompletedTaskCount() < worker.getTaskCount()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(60, TimeUnit.SECONDS)) {
                ILog.of(BackgroundListener.class).warn("Automation still busy after 60 s; its messages wait for the next catch-up");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
