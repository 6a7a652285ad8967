package org.emailresponder.rules.notifications;

import java.time.Instant;

/** One unread notification for the workbench; {@code messageId} may be null for notices about no message. */
public record NotificationInfo(long id, Long messageId, String kind, String text, Instant createdAt) {
}
