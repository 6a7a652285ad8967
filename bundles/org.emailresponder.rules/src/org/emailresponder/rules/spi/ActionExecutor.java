package org.emailresponder.rules.spi;

import org.emailresponder.rules.RoutableMessage;
import org.emailresponder.rules.model.Action;

/**
 * Executes one kind of partner action (contributed to {@code org.emailresponder.rules.actions}) by changing the
 * decision under construction; side effects outside the decision are the partner's own responsibility.
 */
public interface ActionExecutor {

    void execute(Action action, RoutableMessage message, DecisionBuilder decision);
}
