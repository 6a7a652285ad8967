package org.emailresponder.rules;

import java.util.List;

/**
 * What a rule set decided for one message, with the reasons. {@link #explanation()} is stored on the message
 * (routing_explanation) so agents and auditors can see why it went where it went.
 *
 * @param groupName          the group to route to, or null when no rule assigned one
 * @param userLogin          a user to assign directly, or null
 * @param priority           the priority a rule set, or null to keep the message's own
 * @param autoAcknowledge    the acknowledgement to send, or null
 * @param appliedRules       the rules that matched, in order, with their evidence
 */
public record RoutingDecision(String ruleSetName, String groupName, String userLogin, Integer priority, List<String> tags,
        boolean block, String blockReason, boolean spam, AutoAcknowledgement autoAcknowledge, List<String> suggestedTemplates,
        List<AppliedRule> appliedRules, List<String> notes) {

    /** An acknowledgement the rules asked for; the rate limit is checked when it is queued. */
    public record AutoAcknowledgement(String templateName, int maxPerSender, int periodHours) {
    }

    /** One rule that matched: the conditions that matched with the values they saw, and what it did. */
    public record AppliedRule(String ruleName, List<String> evidence, List<String> actions) {
    }

    public RoutingDecision {
        tags = List.copyOf(tags);
        suggestedTemplates = List.copyOf(suggestedTemplates);
        appliedRules = List.copyOf(appliedRules);
        notes = List.copyOf(notes);
    }

    public boolean matchedAnyRule() {
        return !appliedRules.isEmpty();
    }

    /** A readable account of the decision, one line per fact, for agents and audit. */
    public String explanation() {
        StringBuilder text = new StringBuilder("Rule set '").append(ruleSetName).append("'");
        if (appliedRules.isEmpty()) {
            text.append(": no rule matched");
        }
        for (AppliedRule rule : appliedRules) {
            text.append("\nRule '").append(rule.ruleName()).append("' matched");
            rule.evidence().forEach(e -> text.append("\n  because ").append(e));
            rule.actions().forEach(a -> text.append("\n  -> ").append(a));
        }
        notes.forEach(n -> text.append("\nNote: ").append(n));
        return text.toString();
    }
}
