package org.emailresponder.rules;

import java.time.Instant;
import java.util.List;

/**
 * The view of a message the rule engine evaluates. Analysis and the Manager feed it from whatever they hold;
 * {@link SimpleRoutableMessage} is a ready implementation.
 */
public interface RoutableMessage {

    /** A fact found by an analyzer, e.g. ("category", "refund", 0.8) or ("product", "PX-200", 1.0). */
    record Fact(String key, String value, double confidence) {
    }

    /** An attached file. */
    record Attachment(String fileName, String contentType, long sizeBytes) {
    }

    /** All values of a header (name compared case-insensitively), empty when absent. */
    List<String> header(String name);

    /** The sender's address. */
    String senderAddress();

    /** The sender's display name, or null. */
    String senderName();

    String subject();

    /** The plain text body (or text extracted from HTML). */
    String body();

    /** A field of the sender's contact (firstName, lastName, company, phone, language, notes or a custom field), or null. */
    String contactField(String field);

    List<Fact> facts();

    List<Attachment> attachments();

    Instant receivedAt();
}
