package org.emailresponder.rules.tests;

import static org.emailresponder.rules.tests.Rules.F;
import static org.emailresponder.rules.tests.Rules.fact;
import static org.emailresponder.rules.tests.Rules.group;
import static org.emailresponder.rules.tests.Rules.rule;
import static org.emailresponder.rules.tests.Rules.ruleSet;
import static org.emailresponder.rules.tests.Rules.sender;
import static org.emailresponder.rules.tests.Rules.subject;
import static org.emailresponder.rules.tests.Rules.tag;
import static org.emailresponder.rules.tests.Rules.text;
import static org.emailresponder.rules.tests.Rules.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.emailresponder.rules.RoutingDecision;
import org.emailresponder.rules.RuleEngine;
import org.emailresponder.rules.SimpleRoutableMessage;
import org.emailresponder.rules.model.AttachmentCondition;
import org.emailresponder.rules.model.AutoAcknowledge;
import org.emailresponder.rules.model.ContactFieldCondition;
import org.emailresponder.rules.model.HeaderCondition;
import org.emailresponder.rules.model.Operator;
import org.emailresponder.rules.model.Rule;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.rules.model.SubjectCondition;
import org.emailresponder.rules.model.TimeCondition;
import org.emailresponder.rules.model.Weekday;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
    /** Built-ins only: this test does not depend on partner contributions. */
    private final RuleEngine engine = RuleEngine.builtInOnly();

    private static SimpleRoutableMessage refundMail() {
        return new SimpleRoutableMessage().sender("anna@customer.example", "Anna Kunde").subject("Refund for order 4711")
                .body("Please refund my order.").header("List-Id", "<shop.news.example>")
                .fact("category", "refund", 0.83).fact("language", "de", 0.97)
                .contactField("company", "ACME GmbH").attachment("invoice-4711.pdf", "application/pdf", 20_000)
                .receivedAt(Instant.parse("2026-11-28T20:30:00Z")); // a Saturday evening in UTC
    }

    @Test
    void firstMatchingRulesDecideAndExplainWhy() {
        RuleSet set = ruleSet("inbox",
                rule("refunds", when(fact("category", "refund", 0.8), sender(Operator.CONTAINS, "@customer.example")),
                        group("Billing"), tag("refund")),
                rule("german", when(fact("language", "de", 0.9)), tag("de")));

        RoutingDecision decision = engine.evaluate(set, refundMail());

        assertEquals("Billing", decision.groupName());
        assertEquals(List.of("refund", "de"), decision.tags());
        String explanation = decision.explanation();
        assertTrue(explanation.contains("Rule 'refunds' matched"), explanation);
        assertTrue(explanation.contains("fact category = 'refund' (confidence 0.83 >= 0.8)"), explanation);
        assertTrue(explanation.contains("sender 'anna@customer.example' contains '@customer.example'"), explanation);
        assertTrue(explanation.contains("assign to group 'Billing'"), explanation);
    }

    @Test
    void confidenceBelowTheThresholdDoesNotMatch() {
        RuleSet set = ruleSet("inbox", rule("sure refunds", when(fact("category", "refund", 0.9)), group("Billing")));
        RoutingDecision decision = engine.evaluate(set, refundMail());
        assertNull(decision.groupName());
        assertFalse(decision.matchedAnyRule());
        assertTrue(decision.explanation().contains("no rule matched"));
    }

    @Test
    void matchAnyExceptionsNegationAndStop() {
        Rule any = rule("any of", when(subject(Operator.EQUALS, "nope"), subject(Operator.REGEX, "order \\d{4}")), group("Orders"));
        any.setMatchAll(false);
        Rule excepted = rule("excepted", when(), group("Wrong"));
        excepted.getExceptions().add(sender(Operator.CONTAINS, "customer.example"));
        SubjectCondition notUrgent = subject(Operator.CONTAINS, "urgent");
        notUrgent.setNegated(true);
        Rule stop = rule("stop here", when(notUrgent), tag("calm"));
        stop.setStopProcessing(true);
        Rule never = rule("never reached", when(), group("Unreachable"));

        RoutingDecision decision = engine.evaluate(ruleSet("inbox", any, excepted, stop, never), refundMail());

        assertEquals("Orders", decision.groupName());
        assertEquals(List.of("calm"), decision.tags());
        assertEquals(List.of("any of", "stop here"), decision.appliedRules().stream().map(RoutingDecision.AppliedRule::ruleName).toList());
        assertTrue(decision.explanation().contains("skipped by an exception"), decision.explanation());
    }

    @Test
    void headerContactAttachmentAndTimeConditions() {
        HeaderCondition list = text(F.createHeaderCondition(), Operator.CONTAINS, "news.example");
        list.setHeader("list-id");
        ContactFieldCondition company = text(F.createContactFieldCondition(), Operator.EQUALS, "acme gmbh");
        company.setField("company");
        AttachmentCondition pdf = F.createAttachmentCondition();
        pdf.setFileNamePattern("\\.pdf$");
        TimeCondition weekendEvening = F.createTimeCondition();
        weekendEvening.getWeekdays().add(Weekday.SATURDAY);
        weekendEvening.setFromHour(18);
        weekendEvening.setToHour(6);
        AutoAcknowledge ack = F.createAutoAcknowledge();
        ack.setTemplateName("We got your mail");

        RoutingDecision decision = engine.evaluate(ruleSet("inbox",
                rule("all four", when(list, company, pdf, weekendEvening), group("Weekend"), ack)), refundMail());

        assertEquals("Weekend", decision.groupName(), decision.explanation());
        assertEquals("We got your mail", decision.autoAcknowledge().templateName());
        assertEquals(1, decision.autoAcknowledge().maxPerSender());

        weekendEvening.getWeekdays().set(0, Weekday.MONDAY);
        assertNull(engine.evaluate(ruleSet("inbox", rule("monday", when(weekendEvening), group("Weekend"))), refundMail()).groupName());
    }

    @Test
    void disabledRulesAreSkippedAndLaterActionsOverrideEarlierOnes() {
        Rule disabled = rule("disabled", when(), group("Never"));
        disabled.setEnabled(false);
        RoutingDecision decision = engine.evaluate(ruleSet("inbox", disabled, rule("first", when(), group("A")),
                rule("second", when(subject(Operator.CONTAINS, "refund")), group("B"))), refundMail());
        assertEquals("B", decision.groupName());
    }
}
