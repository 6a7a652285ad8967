package org.emailresponder.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link MimeParser} reads from one raw message. Missing values are null (single values) or empty lists.
 *
 * @param messageId the Message-ID with its angle brackets, or null
 * @param references the ids of References in order, with angle brackets
 * @param sentDate the Date header, or null when absent or unreadable (see problems)
 * @param textBody the plain text body (several inline text parts joined), or null for an HTML-only message:
 *            use {@link #bestText()}
 * @param contentType the MIME type of the top part, lower case, without parameters
 * @param headers every top-level header in order, decoded
 * @param sizeBytes the size of the raw message
 * @param problems what was odd and how it was worked around, in words (empty for a clean message)
 */
public record ParsedMessage(String messageId, String inReplyTo, List<String> references, MailAddress from,
        List<MailAddress> to, List<MailAddress> cc, List<MailAddress> replyTo, String subject, Instant sentDate,
        String textBody, String htmlBody, List<ParsedAttachment> attachments, String contentType,
        List<MailHeader> headers, long sizeBytes, List<String> problems) {

    /** The first value of a header (name case-insensitive), or null. */
    public String header(String name) {
        for (MailHeader h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    /** Every value of a header, in order. */
    public List<String> headers(String name) {
        List<String> values = new ArrayList<>(2);
        for (MailHeader h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                values.add(h.value());
            }
        }
        return values;
    }

    /** The text to analyse or quote: the plain text body, else the HTML body turned into text, else "". */
    public String bestText() {
        if (textBody != null && !textBody.isBlank()) {
            return textBody;
        }
        return htmlBody == null ? (textBody == null ? "" : textBody) : HtmlText.toText(htmlBody);
    }

    /** The address to answer: the first Reply-To, else From; null when neither is usable. */
    public MailAddress replyAddress() {
        return !replyTo.isEmpty() ? replyTo.get(0) : from;
    }
}
