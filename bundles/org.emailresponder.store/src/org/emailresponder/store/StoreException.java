package org.emailresponder.store;

/** The database could not be reached or did something unexpected; the message is meant for the user. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
