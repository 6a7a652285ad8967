package org.emailresponder.mail;

/**
 * Nothing usable could be read from a message (e.g. empty, or no header at all). The caller stores the raw bytes
 * anyway, QUARANTINED with {@link #getMessage()} as the reason.
 */
public class UnparseableMessageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnparseableMessageException(String reason) {
        super(reason);
    }

    public UnparseableMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
