package org.emailresponder.manager;

/**
 * Turns raw RFC 822 bytes into the fields ingest stores. The mail bundle's MIME parser is plugged in here; the
 * manager carries a small Jakarta Mail based one so that it works on its own.
 */
public interface MessageParsing {

    /**
     * @throws UnparseableException when the message cannot be read at all; the caller quarantines it with the reason
     */
    ParsedMail parse(byte[] raw) throws UnparseableException;

    /** The reason a message is quarantined, in words for an administrator. */
    final class UnparseableException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnparseableException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
