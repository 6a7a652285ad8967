package org.emailresponder.manager;

/**
 * Turns raw RFC 822 bytes into the fields ingest stores; the Manager uses the mail bundle's MIME parser
 * ({@code internal.MailBundleParsing}).
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
