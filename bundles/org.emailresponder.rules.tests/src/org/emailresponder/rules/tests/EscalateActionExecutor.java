package org.emailresponder.rules.tests;

import org.emailresponder.rules.RoutableMessage;
import org.emailresponder.rules.model.Action;
import org.emailresponder.rules.spi.ActionExecutor;
import org.emailresponder.rules.spi.DecisionBuilder;

/** Stub partner action: top priority plus a tag named in the action. */
public class EscalateActionExecutor implements ActionExecutor {
    @Override
    public void execute(Action action, RoutableMessage message, DecisionBuilder decision) {
        decision.setPriority(9);
        decision.addTag((String) action.eGet(TestPackage.ESCALATE_TAG));
        decision.explain("escalated by partner for " + message.senderAddress());
    }
}
