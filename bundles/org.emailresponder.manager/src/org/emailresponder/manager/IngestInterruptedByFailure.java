package org.emailresponder.manager;

import java.sql.SQLException;

/**
 * A poll that stopped because the database failed (a full disk, a lost connection) after some batches were committed:
 * those stay stored and marked on the server, the rest stays unread there for the next poll.
 */
public final class IngestInterruptedByFailure extends SQLException {
    private static final long serialVersionUID = 1L;

    private final transient IngestResult committed;

    IngestInterruptedByFailure(IngestResult committed, SQLException cause) {
        super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
        this.committed = committed;
    }

    /** What the poll had stored before it failed. */
    public IngestResult committed() {
        return committed;
    }
}
