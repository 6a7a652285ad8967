package org.emailresponder.search;

import java.time.Instant;

/** One message found by {@link MessageSearchIndex#search}, best first. */
public record SearchHit(long messageId, Long groupId, String subject, String fromAddress, Instant receivedAt,
        float score) {
}
