package org.emailresponder.manager;

/**
 * Progress of the Manager service, for a console, a log or an Eclipse Job (which maps it to its IProgressMonitor).
 * All methods have empty defaults; {@link #isCanceled()} lets the caller stop the service between steps.
 */
public interface ManagerListener {
    ManagerListener NONE = new ManagerListener() {
    };

    default void accountPolled(String account, IngestResult result) {
    }

    default void accountFailed(String account, String error) {
    }

    default void repliesSent(SendResult result) {
    }

    default boolean isCanceled() {
        return false;
    }
}
