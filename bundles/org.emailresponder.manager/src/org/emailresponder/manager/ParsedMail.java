package org.emailresponder.manager;

import java.time.Instant;
import java.util.List;

import org.emailresponder.core.MessageState;

/**
 * What ingest needs from one parsed message. Produced by a {@link MessageParsing}; every field may be null except
 * the lists.
 *
 * @param autoKind {@link MessageState#AUTO_REPLY} or {@link MessageState#BOUNCE} for automatic mail, else null
 * @param relatedMessageId for a bounce: the Message-ID of the message it reports on, when the report names it
 */
public record ParsedMail(String messageId, String inReplyTo, List<String> references, String fromAddress, String fromName,
        String to, String cc, String replyTo, String subject, Instant sentAt, String textBody, String htmlBody,
        String headers, List<Part> attachments, MessageState autoKind, String relatedMessageId) {

    /** One attachment or inline part. */
    public record Part(String fileName, String contentType, String contentId, boolean inline, byte[] data) {
    }
}
