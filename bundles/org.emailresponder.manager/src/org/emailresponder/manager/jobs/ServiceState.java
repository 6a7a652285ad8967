package org.emailresponder.manager.jobs;

import java.time.Instant;

/**
 * What the Manager service in this process is doing, for a status display.
 *
 * @param running whether the repeating service job is active (running or waiting for its next cycle)
 * @param lastRun when the last cycle or one-off fetch/send ended, or null
 * @param lastResult what it did, e.g. "3 stored; 0 replies sent", or null
 * @param lastFailure why it failed as a whole (database gone, ...), or null; account errors are kept with the account
 */
public record ServiceState(boolean running, Instant lastRun, String lastResult, String lastFailure) {
    public static final ServiceState STOPPED = new ServiceState(false, null, null, null);

    ServiceState withRunning(boolean now) {
        return new ServiceState(now, lastRun, lastResult, lastFailure);
    }

    ServiceState after(String result, String failure) {
        return new ServiceState(running, Instant.now(), result, failure);
    }
}
