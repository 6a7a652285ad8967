package org.emailresponder.manager;

/**
 * What one download did. {@code stored} counts every new row (in any state); the other counts break it down or
 * count what was not stored: duplicates were already in the database, errors are messages left on the server.
 */
public record IngestResult(int stored, int duplicates, int quarantined, int blocked, int autoReplies, int errors) {
    public static final IngestResult NONE = new IngestResult(0, 0, 0, 0, 0, 0);
    /** One account that could not be polled. */
    public static final IngestResult FAILED = new IngestResult(0, 0, 0, 0, 0, 1);

    public IngestResult plus(IngestResult other) {
        return new IngestResult(stored + other.stored, duplicates + other.duplicates, quarantined + other.quarantined,
                blocked + other.blocked, autoReplies + other.autoReplies, errors + other.errors);
    }

    @Override
    public String toString() {
        return "stored " + stored + ", duplicates " + duplicates + ", quarantined " + quarantined + ", blocked " + blocked
                + ", auto-replies " + autoReplies + ", errors " + errors;
    }
}
