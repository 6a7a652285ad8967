package org.emailresponder.core;

/** A service refused an operation because the user's role or groups do not allow it. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
