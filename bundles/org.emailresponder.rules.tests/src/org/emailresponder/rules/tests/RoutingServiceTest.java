package org.emailresponder.rules.tests;

import static org.emailresponder.rules.tests.Rules.F;
import static org.emailresponder.rules.tests.Rules.fact;
import static org.emailresponder.rules.tests.Rules.group;
import static org.emailresponder.rules.tests.Rules.rule;
import static org.emailresponder.rules.tests.Rules.ruleSet;
import static org.emailresponder.rules.tests.Rules.sender;
import static org.emailresponder.rules.tests.Rules.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.MessageState;
import org.emailresponder.core.UserSession;
import org.emailresponder.rules.RoutingOutcome;
import org.emailresponder.rules.RoutingService;
import org.emailresponder.rules.RuleEngine;
import org.emailresponder.rules.RuleSetService;
import org.emailresponder.rules.model.AutoAcknowledge;
import org.emailresponder.rules.model.BlockSender;
import org.emailresponder.rules.model.Operator;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.rules.notifications.NotificationInfo;
import org.emailresponder.rules.notifications.NotificationService;
import org.emailresponder.store.model.Message;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.Test;

class RoutingServiceTest {
    private static final UserSession MANAGER = UserSession.MANAGER_SERVICE;

    private static RoutingService routing(Fixture db, RuleSet rules) {
        RuleSetService ruleSets = new RuleSetService(db.store);
        ruleSets.save(db.admin, rules, null);
        ruleSets.activate(db.admin, rules.getName(), 1);
        return new RoutingService(db.store, ruleSets, new RuleEngine());
    }

    @Test
    void routedMessagesGetGroupExplanationAndEveryEnabledMemberIsNotified() {
        try (Fixture db = new Fixture(TestDatabases.H2)) {
            long billing = db.group("Billing", AssignmentMode.MANUAL).id();
            UserSession ann = db.agent("ann", billing);
            UserSession ben = db.agent("ben", billing);
            UserSession off = db.agent("off", billing);
            db.directory.setUserEnabled(db.admin, off.userId(), false);
            RoutingService routing = routing(db, ruleSet("main",
                    rule("refunds", when(fact("category", "refund", 0.7)), group("Billing"))));
            long id = db.message("anna@customer.example", "Refund for 4711", MessageState.ANALYZED, "category", "refund", "0.8");

            RoutingOutcome outcome = routing.route(MANAGER, id).orElseThrow();

            Message stored = db.load(id);
            assertEquals(MessageState.ROUTED, stored.getState());
            assertEquals("Billing", stored.getGroup().getName());
            assertNull(stored.getAssignee(), "MANUAL groups claim themselves");
            assertTrue(stored.getRoutingExplanation().contains("fact category = 'refund' (confidence 0.80 >= 0.7)"),
                    stored.getRoutingExplanation());
            assertEquals(2, outcome.notifiedUsers());
            NotificationService notifications = new NotificationService(db.store);
            List<NotificationInfo> forAnn = notifications.unread(ann, 0);
            assertEquals(1, forAnn.size());
            assertEquals(id, forAnn.get(0).messageId());
            assertTrue(forAnn.get(0).text().contains("Refund for 4711"));
            assertEquals(1, notifications.unread(ben, 0).size());
            assertEquals(0, notifications.unread(off, 0).size(), "disabled users are not notified");
            assertTrue(routing.route(MANAGER, id).isEmpty(), "a routed message is not routed twice");
        }
    }

    @Test
    void roundRobinAndLeastLoadedAssignSkippingDisabledUsers() {
        try (Fixture db = new Fixture(TestDatabases.H2)) {
            long rr = db.group("RR", AssignmentMode.ROUND_ROBIN).id();
            long ll = db.group("LL", AssignmentMode.LEAST_LOADED).id();
            db.agent("a1", rr, ll);
            UserSession a2 = db.agent("a2", rr, ll);
            db.agent("a3", rr);
            db.directory.setUserEnabled(db.admin, a2.userId(), false);
            RoutingService routing = routing(db, ruleSet("main",
                    rule("rr", when(sender(Operator.CONTAINS, "@rr.example")), group("RR")),
                    rule("ll", when(sender(Operator.CONTAINS, "@ll.example")), group("LL"))));

            List<String> rrAssignees = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                long id = db.message("c" + i + "@rr.example", "rr " + i, MessageState.RECEIVED);
                rrAssignees.add(routing.route(MANAGER, id).orElseThrow().assigneeLogin());
            }
            assertEquals(List.of("a1", "a3", "a1", "a3"), rrAssignees, "round robin over enabled members");

            UserSession a4 = db.agent("a4", ll);
            long llMessage = db.message("x@ll.example", "ll", MessageState.RECEIVED);
            assertEquals("a4", routing.route(MANAGER, llMessage).orElseThrow().assigneeLogin(),
                    "a1 already holds two open messages, a4 none");
            long assignedNotice = new NotificationService(db.store).unread(a4, 0).stream()
                    .filter(n -> n.kind().equals(NotificationService.ASSIGNED)).count();
            assertEquals(1, assignedNotice);
        }
    }

    @Test
    void blockSpamDefaultsAndAcknowledgementRateLimit() {
        try (Fixture db = new Fixture(TestDatabases.H2)) {
            db.group("Support", AssignmentMode.MANUAL);
            BlockSender block = F.createBlockSender();
            block.setReason("known spammer");
            AutoAcknowledge ack = F.createAutoAcknowledge();
            ack.setTemplateName("Thanks");
            ack.setMaxPerSender(1);
            RoutingService routing = routing(db, ruleSet("main",
                    rule("spammer", when(sender(Operator.EQUALS, "spam@bad.example")), block),
                    rule("missing group", when(sender(Operator.CONTAINS, "@lost.example")), group("Nowhere")),
                    rule("ack", when(sender(Operator.CONTAINS, "@ack.example")), group("Support"), ack)));

            long spam = db.message("spam@bad.example", "Buy now", MessageState.RECEIVED);
            long lost = db.message("who@lost.example", "Hello", MessageState.RECEIVED);
            long ack1 = db.message("c@ack.example", "First", MessageState.RECEIVED);
            List<RoutingOutcome> outcomes = routing.routePending(MANAGER, 10);

            assertEquals(3, outcomes.size());
            assertEquals(MessageState.BLOCKED, db.load(spam).getState());
            assertEquals("known spammer", db.load(spam).getStateReason());
            assertEquals(List.of("ADDRESS spam@bad.example known spammer"), db.store.read(em -> em.createQuery(
                    "SELECT b FROM BlockedSender b", org.emailresponder.store.model.BlockedSender.class).getResultList().stream()
                    .map(b -> b.getKind() + " " + b.getPattern() + " " + b.getReason()).toList()),
                    "the sender joins the blocked list, so the Manager sets its next mail aside at download");
            long again = db.message("spam@bad.example", "Buy more", MessageState.RECEIVED);
            routing.route(MANAGER, again);
            assertEquals(MessageState.BLOCKED, db.load(again).getState());
            assertEquals(1L, db.store.read(em -> em.createQuery("SELECT COUNT(b) FROM BlockedSender b", Long.class).getSingleResult()),
                    "a sender blocked twice stays one entry");
            Message lostMessage = db.load(lost);
            assertEquals(MessageState.ROUTED, lostMessage.getState());
            assertNull(lostMessage.getGroup());
            assertTrue(lostMessage.getRoutingExplanation().contains("group 'Nowhere' does not exist"), lostMessage.getRoutingExplanation());
            RoutingOutcome acknowledged = outcomes.stream().filter(o -> o.messageId() == ack1).findFirst().orElseThrow();
            assertEquals("Thanks", acknowledged.autoAcknowledgeTemplate());

            db.store.run(em -> {
                org.emailresponder.store.model.Reply reply = new org.emailresponder.store.model.Reply();
                reply.setMessageIdHeader("<ack-1@test>");
                reply.setToAddresses("c@ack.example");
                reply.setAutomatic(true);
                reply.setState(org.emailresponder.core.ReplyState.QUEUED);
                reply.setQueuedAt(java.time.Instant.now());
                em.persist(reply);
            });
            long ack2 = db.message("c@ack.example", "Second", MessageState.RECEIVED);
            RoutingOutcome second = routing.route(MANAGER, ack2).orElseThrow();
            assertNull(second.autoAcknowledgeTemplate(), "one acknowledgement per sender and day");
            assertTrue(db.load(ack2).getRoutingExplanation().contains("no acknowledgement"));
            assertEquals(Set.of(), Set.copyOf(second.suggestedTemplates()));
        }
    }
}
