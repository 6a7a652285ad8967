package org.emailresponder.rules.tests;

import static org.emailresponder.rules.tests.Rules.F;
import static org.emailresponder.rules.tests.Rules.fact;
import static org.emailresponder.rules.tests.Rules.group;
import static org.emailresponder.rules.tests.Rules.rule;
import static org.emailresponder.rules.tests.Rules.ruleSet;
import static org.emailresponder.rules.tests.Rules.sender;
import static org.emailresponder.rules.tests.Rules.tag;
import static org.emailresponder.rules.tests.Rules.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
import org.emailresponder.rules.model.SetPriority;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.MailAccount;
import org.emailresponder.store.model.Message;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The batch router must do exactly what routing message by message does, with a few statements per batch. */
class RouteAllTest {
    private static final UserSession MANAGER = UserSession.MANAGER_SERVICE;
    private static final String[] SENDERS = { "anna@customer.example", "c1@rr.example", "spam@bad.example", "c2@rr.example",
        "x@ll.example", "junk@spam.example", "who@nowhere.example", "c3@rr.example", "y@ll.example", "c@ack.example",
        "c@ack.example", "boss@vip.example" };

    @ParameterizedTest
    @ValueSource(strings = { TestDatabases.H2, TestDatabases.POSTGRESQL })
    void batchGivesTheSameOutcomesStatesAndNotificationsAsOneByOne(String kind) {
        try (Fixture single = new Fixture(kind); Fixture batch = new Fixture(kind)) {
            RoutingService one = setUp(single, Clock.systemUTC());
            RoutingService all = setUp(batch, Clock.systemUTC());
            List<Long> singleIds = messages(single);
            List<Long> batchIds = messages(batch);

            List<RoutingOutcome> expected = new ArrayList<>();
            for (long id : singleIds) {
                one.route(MANAGER, id).ifPresent(outcome -> {
                    expected.add(outcome);
                    if (outcome.autoAcknowledgeTemplate() != null) {
                        queueAcknowledgement(single, db -> db.load(id).getFromAddress());
                    }
                });
            }
            List<RoutingOutcome> actual = all.routeAll(MANAGER, batchIds);

            assertEquals(SENDERS.length, actual.size());
            assertEquals(summaries(expected), summaries(actual));
            assertEquals(stored(single, singleIds), stored(batch, batchIds));
            assertEquals(notificationsPerUser(single), notificationsPerUser(batch));
            assertEquals(List.of("a1", "a3", "a1"), actual.stream().filter(o -> "RR".equals(o.groupName()))
                    .map(RoutingOutcome::assigneeLogin).toList(), "round robin advances within the batch");
            assertEquals(List.of("Thanks", "-"), actual.stream().filter(o -> o.decision().autoAcknowledge() != null)
                    .map(o -> o.autoAcknowledgeTemplate() == null ? "-" : o.autoAcknowledgeTemplate()).toList(),
                    "the second message of a sender in the same batch is over the limit");
            assertEquals(SENDERS.length, count(batch, "SELECT COUNT(*) FROM er_audit_event WHERE action = 'message.route'"));
            for (Fixture db : List.of(single, batch)) {
                assertEquals(1, count(db, "SELECT COUNT(*) FROM er_blocked_sender WHERE kind = 'ADDRESS' AND pattern = 'spam@bad.example'"),
                        "the rule action 'block sender' puts the sender on the blocked list");
                assertEquals(1, count(db, "SELECT COUNT(*) FROM er_blocked_sender"), "only the blocked sender, not the spam one");
            }
            assertTrue(all.routeAll(MANAGER, batchIds).isEmpty(), "routed messages are not routed twice");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { TestDatabases.H2, TestDatabases.POSTGRESQL })
    void aMessageRoutedMeanwhileByAnotherManagerIsSkippedWithItsNotifications(String kind) {
        try (Fixture db = new Fixture(kind)) {
            long[] raced = new long[1];
            // the clock is first read after the batch is loaded and before it is written: the other Manager's moment
            RoutingService routing = setUp(db, new RacingClock(() -> routeElsewhere(db, raced[0])));
            List<Long> ids = messages(db);
            raced[0] = ids.get(0);

            List<RoutingOutcome> outcomes = routing.routeAll(MANAGER, ids);

            assertEquals(SENDERS.length - 1, outcomes.size());
            assertFalse(outcomes.stream().anyMatch(o -> o.messageId() == raced[0]));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM er_notification WHERE message_id = " + raced[0]));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM er_audit_event WHERE entity_id = " + raced[0]
                    + " AND action = 'message.route'"));
            assertEquals(MessageState.ROUTED, db.load(raced[0]).getState());
            assertEquals(null, db.load(raced[0]).getGroup(), "the other Manager's result stays");
            assertEquals(outcomes.stream().mapToInt(RoutingOutcome::notifiedUsers).sum(),
                    count(db, "SELECT COUNT(*) FROM er_notification"));
        }
    }

    private static RoutingService setUp(Fixture db, Clock clock) {
        long billing = db.group("Billing", AssignmentMode.MANUAL).id();
        long rr = db.group("RR", AssignmentMode.ROUND_ROBIN).id();
        long ll = db.group("LL", AssignmentMode.LEAST_LOADED).id();
        long support = db.group("Support", AssignmentMode.MANUAL).id();
        db.agent("ann", billing, support);
        db.agent("ben", billing);
        db.agent("a1", rr, ll);
        UserSession a2 = db.agent("a2", rr);
        db.agent("a3", rr);
        db.agent("a4", ll);
        db.directory.setUserEnabled(db.admin, a2.userId(), false);
        long busy = db.message("old@ll.example", "already assigned", MessageState.ROUTED);
        db.store.run(em -> {
            Message m = em.find(Message.class, busy);
            m.setAssignee(em.find(org.emailresponder.store.model.UserAccount.class, a4UserId(db)));
            MailAccount account = new MailAccount();
            account.setName("inbox");
            account.setIncomingUrl("imap://mail.example/INBOX");
            account.setPollIntervalSeconds(60);
            account.setEnabled(true);
            account.setStatus("OK");
            account.setDefaultGroup(em.find(AgentGroup.class, support));
            em.persist(account);
        });
        BlockSender block = F.createBlockSender();
        block.setReason("known spammer");
        AutoAcknowledge ack = F.createAutoAcknowledge();
        ack.setTemplateName("Thanks");
        ack.setMaxPerSender(1);
        SetPriority urgent = F.createSetPriority();
        urgent.setPriority(9);
        RuleSet rules = ruleSet("main",
                rule("refunds", when(fact("category", "refund", 0.7)), group("Billing"), tag("refund")),
                rule("spammer", when(sender(Operator.EQUALS, "spam@bad.example")), block),
                rule("junk", when(sender(Operator.CONTAINS, "@spam.example")), F.createMarkAsSpam()),
                rule("rr", when(sender(Operator.CONTAINS, "@rr.example")), group("RR")),
                rule("ll", when(sender(Operator.CONTAINS, "@ll.example")), group("LL")),
                rule("ack", when(sender(Operator.CONTAINS, "@ack.example")), group("Support"), ack),
                rule("vip", when(sender(Operator.CONTAINS, "@vip.example")), group("Missing"), urgent));
        RuleSetService ruleSets = new RuleSetService(db.store);
        ruleSets.save(db.admin, rules, null);
        ruleSets.activate(db.admin, rules.getName(), 1);
        return new RoutingService(db.store, ruleSets, new RuleEngine(), clock);
    }

    private static long a4UserId(Fixture db) {
        return db.store.read(em -> em.createQuery("SELECT u.id FROM UserAccount u WHERE u.login = 'a4'", Long.class).getSingleResult());
    }

    /** One message per sender; the nowhere/vip ones come through the account, so they fall back to its default group. */
    private static List<Long> messages(Fixture db) {
        long accountId = db.store.read(em -> em.createQuery("SELECT a.id FROM MailAccount a", Long.class).getSingleResult());
        List<Long> ids = new ArrayList<>();
        for (String sender : SENDERS) {
            long id = sender.startsWith("anna") ? db.message(sender, "Refund for 4711", MessageState.ANALYZED, "category", "refund", "0.8")
                    : db.message(sender, "Hello from " + sender, MessageState.RECEIVED);
            db.store.run(em -> em.find(Message.class, id).setAccount(em.find(MailAccount.class, accountId)));
            ids.add(id);
        }
        return ids;
    }

    /** What the pipeline's acknowledger does right after routing a message that asks for an acknowledgement. */
    private static void queueAcknowledgement(Fixture db, java.util.function.Function<Fixture, String> to) {
        String address = to.apply(db);
        db.store.run(em -> {
            org.emailresponder.store.model.Reply reply = new org.emailresponder.store.model.Reply();
            reply.setMessageIdHeader("<ack-" + java.util.UUID.randomUUID() + "@test>");
            reply.setToAddresses(address);
            reply.setAutomatic(true);
            reply.setState(org.emailresponder.core.ReplyState.QUEUED);
            reply.setQueuedAt(Instant.now());
            em.persist(reply);
        });
    }

    private static List<String> summaries(List<RoutingOutcome> outcomes) {
        return outcomes.stream().map(o -> o.state() + "|" + o.groupName() + "|" + o.assigneeLogin() + "|" + o.notifiedUsers() + "|"
                + o.autoAcknowledgeTemplate() + "|" + o.suggestedTemplates()).toList();
    }

    private static List<String> stored(Fixture db, List<Long> ids) {
        return ids.stream().map(db::load).map(m -> m.getState() + "|" + m.getStateReason() + "|"
                + (m.getGroup() == null ? null : m.getGroup().getName()) + "|"
                + (m.getAssignee() == null ? null : m.getAssignee().getLogin()) + "|" + m.getPriority() + "|" + m.getTags() + "|"
                + m.getRoutingExplanation()).toList();
    }

    private static Map<String, Long> notificationsPerUser(Fixture db) {
        Map<String, Long> perUser = new TreeMap<>();
        query(db, "SELECT u.login, n.kind, COUNT(*) FROM er_notification n JOIN er_user u ON u.id = n.user_id GROUP BY u.login, n.kind",
                rs -> perUser.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3)));
        return perUser;
    }

    private static long count(Fixture db, String sql) {
        long[] value = new long[1];
        query(db, sql, rs -> value[0] = rs.getLong(1));
        return value[0];
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Fixture db, String sql, Row row) {
        try (Connection c = db.store.connection(); PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                row.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What another Manager does to the message in between: routes it (to no group) and bumps its version. */
    private static void routeElsewhere(Fixture db, long id) {
        try (Connection c = db.store.connection(); PreparedStatement st = c.prepareStatement(
                "UPDATE er_message SET state = 'ROUTED', version = version + 1 WHERE id = ?")) {
            st.setLong(1, id);
            assertEquals(1, st.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A UTC clock that runs an action the first time it is read. */
    private static final class RacingClock extends Clock {
        private Runnable before;

        RacingClock(Runnable before) {
            this.before = before;
        }

        @Override
        public Instant instant() {
            if (before != null) {
                Runnable action = before;
                before = null;
                action.run();
            }
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
