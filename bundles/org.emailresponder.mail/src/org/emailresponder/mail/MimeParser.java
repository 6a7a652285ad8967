package org.emailresponder.mail;

import org.emailresponder.mail.internal.mime.MessageReader;

/**
 * Reads raw RFC 822 / MIME messages as real mail servers deliver them. Everything odd (unknown charsets such as
 * DEFAULT_CHARSET, bad base64, missing boundaries, dates like {@code +-0700}, addresses like
 * {@code Undisclosed-Recipient@UNKNOWN}, 8-bit headers) is worked around and reported in
 * {@link ParsedMessage#problems()}. Thread-safe, no I/O, no Jakarta Mail session.
 */
public final class MimeParser {

    private MimeParser() {
    }

    /**
     * @throws UnparseableMessageException only when nothing usable can be read (empty input, no header at all);
     *             the caller keeps the raw bytes and quarantines them with the exception's message as the reason
     */
    public static ParsedMessage parse(byte[] raw) throws UnparseableMessageException {
        try {
            return MessageReader.read(raw);
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnparseableMessageException("parser failure: " + e, e);
        }
    }
}
