package org.emailresponder.rules;

import java.util.List;

import org.emailresponder.core.MessageState;

/**
 * What the batch router will write for one message: the new column values (applied only while the message still has
 * {@code version}), the notifications, the audit details and the outcome to report.
 */
record PlannedRouting(long messageId, long version, MessageState state, String stateReason, Long groupId, Long assigneeId,
        int priority, String tags, String explanation, List<PlannedNotification> notifications, String auditDetails,
        RoutingOutcome outcome) {

    /** One notification row for one user. */
    record PlannedNotification(long userId, String kind, String text) {
    }
}
