package org.emailresponder.rules;

import java.util.List;

import org.emailresponder.core.MessageState;

/**
 * What routing did to one message. {@code autoAcknowledgeTemplate} is the template to queue as an automatic reply
 * (null when none was asked for or the per-sender rate limit was reached); {@code suggestedTemplates} are template
 * names the rules recommend, for the template suggestion service.
 */
public record RoutingOutcome(long messageId, MessageState state, Long groupId, String groupName, String assigneeLogin,
        int notifiedUsers, String autoAcknowledgeTemplate, List<String> suggestedTemplates, RoutingDecision decision) {
}
