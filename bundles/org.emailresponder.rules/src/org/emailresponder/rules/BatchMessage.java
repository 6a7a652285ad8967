package org.emailresponder.rules;

import org.emailresponder.rules.internal.StoredMessage;

/**
 * A message the batch router read: the columns routing changes (written back only while the message still has
 * {@code version}) and the view the rule engine evaluates.
 */
record BatchMessage(long id, long version, String tags, int priority, String stateReason, Long groupId, Long assigneeId,
        Long accountId, StoredMessage view) {

    /** The mail account a message came in through, for its default group. */
    record Account(String name, Long defaultGroupId) {
    }
}
