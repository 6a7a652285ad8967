package org.emailresponder.core.service;

import java.time.Instant;

import org.emailresponder.core.MessageState;

/** One line of a queue. */
public record MessageSummary(long id, String fromAddress, String fromName, String subject, Instant receivedAt, MessageState state,
        Long groupId, String assigneeLogin, int priority) {
}
