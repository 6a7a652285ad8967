package org.emailresponder.mail;

import java.nio.charset.StandardCharsets;

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

    /**
     * The Message-ID of a message, read from its header section alone (as {@link ParsedMessage#messageId()} is):
     * for a message {@link #parse} refuses. Null when there is none or the header cannot be read.
     */
    public static String messageId(byte[] raw) {
        try {
            return MessageReader.messageId(raw);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /**
     * The header section exactly as received, up to the first empty line (the whole input when there is none), as
     * ISO-8859-1 text so that every byte survives.
     */
    public static String headerSection(byte[] raw) {
        int end = raw.length;
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n'))) {
                end = i;
                break;
            }
        }
        return new String(raw, 0, end, StandardCharsets.ISO_8859_1);
    }
}
