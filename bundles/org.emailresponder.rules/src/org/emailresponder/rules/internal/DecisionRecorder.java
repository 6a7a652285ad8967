package org.emailresponder.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.emailresponder.rules.RoutingDecision;
import org.emailresponder.rules.RoutingDecision.AppliedRule;
import org.emailresponder.rules.RoutingDecision.AutoAcknowledgement;
import org.emailresponder.rules.spi.DecisionBuilder;

/** Collects what the actions of the matching rules decide, and why, into a {@link RoutingDecision}. */
final class DecisionRecorder implements DecisionBuilder {
    private final String ruleSetName;
    private final List<AppliedRule> appliedRules = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private final Set<String> suggestedTemplates = new LinkedHashSet<>();
    private List<String> currentActions = new ArrayList<>();
    private String groupName;
    private String userLogin;
    private Integer priority;
    private boolean block;
    private String blockReason;
    private boolean spam;
    private AutoAcknowledgement autoAcknowledge;
    private boolean stopped;

    DecisionRecorder(String ruleSetName) {
        this.ruleSetName = ruleSetName;
    }

    void startRule() {
        currentActions = new ArrayList<>();
    }

    void finishRule(String ruleName, List<String> evidence) {
        appliedRules.add(new AppliedRule(ruleName, evidence, currentActions));
    }

    void note(String note) {
        notes.add(note);
    }

    boolean stopped() {
        return stopped;
    }

    RoutingDecision build() {
        return new RoutingDecision(ruleSetName, groupName, userLogin, priority, List.copyOf(tags), block, blockReason, spam,
                autoAcknowledge, List.copyOf(suggestedTemplates), appliedRules, notes);
    }

    @Override
    public void assignGroup(String name) {
        groupName = name;
        explain("assign to group '" + name + "'");
    }

    @Override
    public void assignUser(String login) {
        userLogin = login;
        explain("assign to user '" + login + "'");
    }

    @Override
    public void setPriority(int value) {
        priority = value;
        explain("set priority " + value);
    }

    @Override
    public void addTag(String tag) {
        tags.add(tag);
        explain("tag '" + tag + "'");
    }

    @Override
    public void block(String reason) {
        block = true;
        blockReason = reason;
        explain("block sender" + (reason == null ? "" : " (" + reason + ")"));
    }

    @Override
    public void markSpam() {
        spam = true;
        explain("mark as spam");
    }

    @Override
    public void autoAcknowledge(String templateName, int maxPerSender, int periodHours) {
        autoAcknowledge = new AutoAcknowledgement(templateName, maxPerSender, periodHours);
        explain("acknowledge with template '" + templateName + "' (at most " + maxPerSender + " per sender in " + periodHours + " h)");
    }

    @Override
    public void suggestTemplate(String templateName) {
        suggestedTemplates.add(templateName);
        explain("suggest template '" + templateName + "'");
    }

    @Override
    public void stopProcessing() {
        stopped = true;
        explain("stop processing further rules");
    }

    @Override
    public void explain(String what) {
        currentActions.add(what);
    }
}
