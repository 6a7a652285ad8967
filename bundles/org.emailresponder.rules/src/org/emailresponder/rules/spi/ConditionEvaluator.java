package org.emailresponder.rules.spi;

import org.emailresponder.rules.RoutableMessage;
import org.emailresponder.rules.model.Condition;

/**
 * Evaluates one kind of partner condition (contributed to {@code org.emailresponder.rules.conditions}).
 * Implementations are shared between threads and must not keep per-message state.
 */
public interface ConditionEvaluator {

    /** Whether the condition holds for the message, with the value it saw (for the explanation). */
    ConditionResult evaluate(Condition condition, RoutableMessage message);
}
