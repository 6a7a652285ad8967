package org.emailresponder.rules.tests;

import static org.emailresponder.rules.tests.Rules.F;
import static org.emailresponder.rules.tests.Rules.group;
import static org.emailresponder.rules.tests.Rules.rule;
import static org.emailresponder.rules.tests.Rules.ruleSet;
import static org.emailresponder.rules.tests.Rules.subject;
import static org.emailresponder.rules.tests.Rules.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emailresponder.core.ValidationException;
import org.emailresponder.rules.RuleSets;
import org.emailresponder.rules.model.HeaderCondition;
import org.emailresponder.rules.model.Operator;
import org.emailresponder.rules.model.Rule;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.rules.model.RulesPackage;
import org.emailresponder.rules.model.SetPriority;
import org.emailresponder.rules.model.TimeCondition;
import org.emailresponder.rules.model.Weekday;
import org.junit.jupiter.api.Test;

class RulesModelTest {

    @Test
    void packageIsRegisteredThroughTheGeneratedPackageExtension() {
        Object entry = EPackage.Registry.INSTANCE.get(RulesPackage.eNS_URI);
        assertTrue(entry != null, "the model's nsURI is registered by plugin.xml");
        assertEquals(RulesPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(RulesPackage.eNS_URI));
    }

    @Test
    void xmiRoundTripKeepsEverything() {
        HeaderCondition header = F.createHeaderCondition();
        header.setHeader("List-Id");
        header.setValue("news");
        TimeCondition afterHours = F.createTimeCondition();
        afterHours.getWeekdays().addAll(List.of(Weekday.SATURDAY, Weekday.SUNDAY));
        afterHours.setFromHour(18);
        afterHours.setToHour(8);
        afterHours.setTimeZone("Europe/Berlin");
        Rule newsletters = rule("newsletters", when(header, afterHours), group("Newsletters"));
        newsletters.setStopProcessing(true);
        newsletters.setMatchAll(false);
        newsletters.getExceptions().add(subject(Operator.REGEX, "^urgent"));
        RuleSet original = ruleSet("inbox", newsletters, rule("refunds", when(subject(Operator.CONTAINS, "refund")), group("Billing")));

        String xmi = RuleSets.toXmi(original);
        RuleSet loaded = RuleSets.fromXmi(xmi);

        assertTrue(xmi.contains("rules:HeaderCondition") && xmi.contains("name=\"inbox\""), xmi);
        assertTrue(EcoreUtil.equals(original, loaded), "same model after save and load");
        assertTrue(loaded.getRules().get(1).isEnabled(), "default enabled=true survives although it is not written");
        assertEquals(List.of(), RuleSets.problems(loaded));
    }

    @Test
    void diagnosticianReportsMissingFieldsRangesAndBadRegex() {
        Rule nameless = F.createRule();
        nameless.getConditions().add(subject(Operator.REGEX, "(unclosed"));
        SetPriority priority = F.createSetPriority();
        priority.setPriority(12);
        Rule badPriority = rule("too high", when(), priority);
        RuleSet set = ruleSet("broken", nameless, badPriority);

        List<String> problems = RuleSets.problems(set);

        assertTrue(problems.stream().anyMatch(p -> p.contains("'name'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'actions'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("12")), "priority 0..9 is checked: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("regular expression")), problems.toString());
        assertThrows(ValidationException.class, () -> RuleSets.requireValid(set));
    }

    @Test
    void garbageIsRejectedWithAClearError() {
        ValidationException e = assertThrows(ValidationException.class, () -> RuleSets.fromXmi("<not a rule set"));
        assertFalse(e.getMessage().isBlank());
        assertInstanceOf(RuleSet.class, RuleSets.fromXmi(RuleSets.toXmi(ruleSet("empty"))));
    }
}
