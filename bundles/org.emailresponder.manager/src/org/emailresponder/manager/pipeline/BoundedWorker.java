package org.emailresponder.manager.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;

/**
 * One thread working off a bounded queue. When the queue is full the caller waits (back-pressure, no unbounded memory).
 * A task that fails is logged; its messages stay in the database for the next catch-up.
 */
final class BoundedWorker implements Executor, AutoCloseable {
    private final String name;
    private final ThreadPoolExecutor worker;

    BoundedWorker(String name, int queued) {
        this.name = name;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queued), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        }, (task, executor) -> {
            try {
                executor.getQueue().put(task); // full: the caller waits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public void execute(Runnable task) {
        worker.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                ILog.of(BoundedWorker.class).error(name + " failed; its messages wait for the next catch-up: " + e, e);
            }
        });
    }

    /** Waits until every queued task is done (or the deadline, {@link System#nanoTime}, passed); returns whether it is idle. */
    boolean awaitIdle(long deadlineNanos) throws InterruptedException {
        while (worker.getQueue().size() + worker.getActiveCount() > 0 || worker.getCompletedTaskCount() < worker.getTaskCount()) {
            if (System.nanoTime() > deadlineNanos) {
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
                ILog.of(BoundedWorker.class).warn(name + " still busy after 60 s; its messages wait for the next catch-up");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
