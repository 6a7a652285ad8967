package org.emailresponder.rules;

import java.time.Instant;

/** One saved revision of a rule set, without its XMI: who changed what, when. */
public record RuleSetRevisionInfo(long id, String name, int revision, boolean active, String createdBy, Instant createdAt,
        String comment) {
}
