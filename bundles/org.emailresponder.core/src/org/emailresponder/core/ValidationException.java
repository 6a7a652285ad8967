package org.emailresponder.core;

/** Input a user can correct: the message says what is wrong in words for that user. */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ValidationException(String message) {
        super(message);
    }
}
