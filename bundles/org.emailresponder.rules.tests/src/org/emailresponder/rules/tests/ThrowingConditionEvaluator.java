package org.emailresponder.rules.tests;

import org.emailresponder.rules.RoutableMessage;
import org.emailresponder.rules.model.Condition;
import org.emailresponder.rules.spi.ConditionEvaluator;
import org.emailresponder.rules.spi.ConditionResult;

/** Stub of a broken partner: fails on every call; the registry must disable it and carry on. */
public class ThrowingConditionEvaluator implements ConditionEvaluator {
    static int calls;

    @Override
    public ConditionResult evaluate(Condition condition, RoutableMessage message) {
        calls++;
        throw new IllegalStateException("partner bug");
    }
}
