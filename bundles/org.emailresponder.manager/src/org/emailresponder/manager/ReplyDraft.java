package org.emailresponder.manager;

/**
 * A reply an agent (or an automatic rule) wants sent, answering one stored message.
 *
 * @param to comma-separated addresses; null answers the sender (Reply-To if present)
 * @param automatic sent without a person (acknowledgement): marked Auto-Submitted and loop-guarded
 */
public record ReplyDraft(long messageId, String to, String cc, String bcc, String subject, String textBody, String htmlBody,
        Long templateId, boolean automatic) {
}
