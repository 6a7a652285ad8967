package org.emailresponder.manager.pipeline;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.emailresponder.manager.IngestListener;

/**
 * Runs a listener on its own thread so the next batch downloads while the previous one is automated. The queue is
 * bounded: when it is full the ingest thread waits (back-pressure, no unbounded memory). Nothing is lost when the
 * process dies with batches queued: their messages are stored and wait in RECEIVED for the next catch-up.
 */
final class BackgroundListener implements IngestListener, AutoCloseable {
    static final int QUEUED_BATCHES = 4;

    private final IngestListener target;
    private final BoundedWorker worker = new BoundedWorker("emailresponder-automation", QUEUED_BATCHES);

    BackgroundListener(IngestListener target) {
        this.target = target;
    }

    @Override
    public void received(long accountId, List<Long> messageIds) {
        List<Long> ids = List.copyOf(messageIds);
        worker.execute(() -> target.received(accountId, ids));
    }

    /** Waits until every queued batch is done (or the timeout passed); returns whether it is idle. */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        return worker.awaitIdle(System.nanoTime() + unit.toNanos(timeout));
    }

    @Override
    public void close() {
        worker.close();
    }
}
