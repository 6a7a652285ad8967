package org.emailresponder.search;

import java.time.Instant;

/**
 * What the full-text index keeps of a message.
 *
 * @param id          er_message.id
 * @param groupId     the group it is routed to, null while unrouted (then only users who read all groups find it)
 * @param contactName display name of the linked contact, may be null
 */
public record IndexedMessage(long id, Long groupId, String subject, String body, String fromAddress, String fromName,
        String contactName, Instant receivedAt) {

    public IndexedMessage {
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        fromAddress = fromAddress == null ? "" : fromAddress;
        fromName = fromName == null ? "" : fromName;
        contactName = contactName == null ? "" : contactName;
    }
}
