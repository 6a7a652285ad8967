package org.emailresponder.mail;

/** A mail server could not be used; the message names the server and the reason in words for an administrator. */
public class MailException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why it failed, so the Manager can decide between retrying soon and telling an administrator. */
    public enum Kind { AUTHENTICATION, CONNECTION, TLS, PROTOCOL, REJECTED }

    private final Kind kind;

    public MailException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
