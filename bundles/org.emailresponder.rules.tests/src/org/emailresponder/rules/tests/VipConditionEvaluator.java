package org.emailresponder.rules.tests;

import org.emailresponder.rules.RoutableMessage;
import org.emailresponder.rules.model.Condition;
import org.emailresponder.rules.spi.ConditionEvaluator;
import org.emailresponder.rules.spi.ConditionResult;

/** Stub partner condition: the contact's "vip" field equals the condition's level. */
public class VipConditionEvaluator implements ConditionEvaluator {
    @Override
    public ConditionResult evaluate(Condition condition, RoutableMessage message) {
        String wanted = (String) condition.eGet(TestPackage.VIP_LEVEL);
        String actual = message.contactField("vip");
        return new ConditionResult(wanted != null && wanted.equalsIgnoreCase(actual), "contact vip level '" + actual + "'");
    }
}
