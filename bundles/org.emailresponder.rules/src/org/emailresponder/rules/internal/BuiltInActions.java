package org.emailresponder.rules.internal;

import org.emailresponder.rules.model.AssignToGroup;
import org.emailresponder.rules.model.AssignToUser;
import org.emailresponder.rules.model.AutoAcknowledge;
import org.emailresponder.rules.model.BlockSender;
import org.emailresponder.rules.model.MarkAsSpam;
import org.emailresponder.rules.model.SetPriority;
import org.emailresponder.rules.model.Stop;
import org.emailresponder.rules.model.SuggestTemplate;
import org.emailresponder.rules.model.Tag;
import org.emailresponder.rules.model.util.RulesSwitch;
import org.emailresponder.rules.spi.DecisionBuilder;

/** Executes the actions of our own model; returns null for partner actions. */
final class BuiltInActions extends RulesSwitch<Boolean> {
    private final DecisionBuilder decision;

    BuiltInActions(DecisionBuilder decision) {
        this.decision = decision;
    }

    @Override
    public Boolean caseAssignToGroup(AssignToGroup action) {
        decision.assignGroup(action.getGroupName());
        return Boolean.TRUE;
    }

    @Override
    public Boolean caseAssignToUser(AssignToUser action) {
        decision.assignUser(action.getLogin());
        return Boolean.TRUE;
    }

    @Override
    public Boolean caseSetPriority(SetPriority action) {
        decision.setPriority(action.getPriority());
        return Boolean.TRUE;
    }

    @Override
    public Boolean caseBlockSender(BlockSender action) {
        decision.block(action.getReason());
        return Boolean.TRUE;
    }

    @Override
    public Boolean caseMarkAsSpam(MarkAsSpam action) {
        decision.markSpam();
        return Boolean.TRUE;
    }

    @Override
    public Boolean caseAutoAcknowledge(AutoAcknowledge action) {
        decision.autoAcknowledge(action.getTemplateName(), action.getMaxPerSender(), action.getPeriodHours());
        return Boolean.TRUE;
    }

    @Override
    public Boolean caseSuggestTemplate(SuggestTemplate action) {
        decision.suggestTemplate(action.getTemplateName());
        return Boolean.TRUE;
    }

    @Override
    public Boolean caseTag(Tag action) {
        decision.addTag(action.getTag());
        return Boolean.TRUE;
    }

    @Override
    public Boolean caseStop(Stop action) {
        decision.stopProcessing();
        return Boolean.TRUE;
    }
}
