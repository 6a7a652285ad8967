package org.emailresponder.rules.tests;

import static org.emailresponder.rules.tests.Rules.group;
import static org.emailresponder.rules.tests.Rules.rule;
import static org.emailresponder.rules.tests.Rules.ruleSet;
import static org.emailresponder.rules.tests.Rules.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emailresponder.rules.RoutingDecision;
import org.emailresponder.rules.RuleEngine;
import org.emailresponder.rules.RuleSets;
import org.emailresponder.rules.SimpleRoutableMessage;
import org.emailresponder.rules.model.Action;
import org.emailresponder.rules.model.Condition;
import org.emailresponder.rules.model.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Partner conditions and actions contributed by this fragment's fragment.xml, read through the real registry. */
class PartnerExtensionTest {

    @BeforeAll
    static void registerPartnerPackage() {
        TestPackage.register();
    }

    private static Condition vip(String level) {
        Condition condition = (Condition) EcoreUtil.create(TestPackage.VIP_CONDITION);
        condition.eSet(TestPackage.VIP_LEVEL, level);
        return condition;
    }

    private static Action escalate(String tag) {
        Action action = (Action) EcoreUtil.create(TestPackage.ESCALATE_ACTION);
        action.eSet(TestPackage.ESCALATE_TAG, tag);
        return action;
    }

    private static SimpleRoutableMessage vipMail() {
        return new SimpleRoutableMessage().sender("boss@bigcorp.example", "Big Boss").subject("Where is my order?")
                .contactField("vip", "gold");
    }

    @Test
    void partnerConditionAndActionRunThroughTheRegistryAndSurviveXmi() {
        RuleSet set = ruleSet("partners", rule("gold customers", when(vip("gold")), group("VIP"), escalate("gold")));
        RuleSet reloaded = RuleSets.fromXmi(RuleSets.toXmi(set));

        RoutingDecision decision = new RuleEngine().evaluate(reloaded, vipMail());

        assertEquals("VIP", decision.groupName());
        assertEquals(9, decision.priority());
        assertEquals(List.of("gold"), decision.tags());
        assertTrue(decision.explanation().contains("contact vip level 'gold'"), decision.explanation());
        assertTrue(decision.explanation().contains("escalated by partner for boss@bigcorp.example"), decision.explanation());
        assertNull(new RuleEngine().evaluate(set, vipMail().contactField("vip", "silver")).groupName());
    }

    @Test
    void brokenContributorsAreDisabledAndTheEngineCarriesOn() {
        Condition missing = (Condition) EcoreUtil.create(TestPackage.MISSING_CLASS_CONDITION);
        Condition throwing = (Condition) EcoreUtil.create(TestPackage.THROWING_CONDITION);
        RuleSet set = ruleSet("broken partners", rule("missing class", when(missing), group("Never")),
                rule("throws", when(throwing), group("Never either")), rule("fallback", when(), group("Support")));
        RuleEngine engine = new RuleEngine();
        ThrowingConditionEvaluator.calls = 0;

        RoutingDecision first = engine.evaluate(set, vipMail());
        RoutingDecision second = engine.evaluate(set, vipMail());

        assertEquals("Support", first.groupName());
        assertEquals("Support", second.groupName());
        assertEquals(1, ThrowingConditionEvaluator.calls, "a contributor that threw is disabled, not called again");
    }
}
