package org.emailresponder.search;

import java.util.Locale;

/**
 * The parts of a message the classifier and the suggester look at. Null parts are treated as empty.
 *
 * @param subject     subject line
 * @param body        plain text body
 * @param fromAddress sender address, e.g. {@code jane@example.com}
 * @param fromName    sender display name
 */
public record MessageText(String subject, String body, String fromAddress, String fromName) {

    public MessageText {
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        fromAddress = fromAddress == null ? "" : fromAddress.trim().toLowerCase(Locale.ROOT);
        fromName = fromName == null ? "" : fromName;
    }

    public static MessageText of(String subject, String body) {
        return new MessageText(subject, body, null, null);
    }

    /** The domain of the sender address, or an empty string. */
    public String fromDomain() {
        int at = fromAddress.lastIndexOf('@');
        return at < 0 ? "" : fromAddress.substring(at + 1);
    }

    /** Subject and body as one text, for similarity search. */
    public String fullText() {
        return subject + "\n" + body;
    }
}
