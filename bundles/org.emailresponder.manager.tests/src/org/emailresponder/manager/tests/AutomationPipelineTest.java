package org.emailresponder.manager.tests;

import static org.emailresponder.manager.tests.AutomationWorld.acknowledge;
import static org.emailresponder.manager.tests.AutomationWorld.rule;
import static org.emailresponder.manager.tests.AutomationWorld.senderContains;
import static org.emailresponder.manager.tests.AutomationWorld.subjectContains;
import static org.emailresponder.manager.tests.AutomationWorld.toGroup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.manager.ReplyDraft;
import org.emailresponder.manager.pipeline.AutomatedManager;
import org.emailresponder.manager.pipeline.PipelineResult;
import org.emailresponder.rules.claims.ClaimResult;
import org.emailresponder.rules.claims.ClaimService;
import org.emailresponder.rules.notifications.NotificationInfo;
import org.emailresponder.rules.notifications.NotificationService;
import org.emailresponder.search.MessageSearchIndex;
import org.emailresponder.search.SearchHit;
import org.emailresponder.store.model.Message;
import org.junit.jupiter.api.Test;

/** Mail arrives over IMAP and the Manager's automation analyzes, routes, notifies, suggests and acknowledges it. */
class AutomationPipelineTest {

    private static String invoiceMail(int n, String from) {
        return MailWorld.message("<inv-" + n + "@customer.example>", from, "Invoice " + (4710 + n) + " shows the wrong amount", "",
                "Hello, my invoice " + (4710 + n) + " shows the wrong amount. Please correct the invoice amount. Regards, Carl");
    }

    @Test
    void mailIsAnalyzedRoutedNotifiedSuggestedClaimedAndChoicesImproveTheRanking() throws Exception {
        try (AutomationWorld world = new AutomationWorld()) {
            long billing = world.group("Billing");
            world.group("Support");
            UserSession ann = world.agent("ann", billing);
            UserSession ben = world.agent("ben", billing);
            long correction = world.template("Invoice correction", "Your corrected invoice",
                    "We are sorry about the wrong amount on your invoice. The corrected invoice is attached.");
            world.template("Password reset", "Resetting your password",
                    "Click 'forgot password' on the login page and follow the link we send you.");
            long voucher = world.template("Goodwill voucher", "A voucher for you",
                    "As an apology for the trouble with your order we send you a voucher code.");
            world.activateRules(rule("billing", subjectContains("invoice"), toGroup("Billing")));
            world.startManager(true);

            world.mail.deliver(invoiceMail(1, "Carl Customer <carl@customer.example>"));
            assertEquals(1, world.fetch().stored());
            long first = world.messageId("<inv-1@customer.example>");

            Map<String, Object> stored = world.mail.rows("SELECT m.state, m.language, g.name AS grp FROM er_message m"
                    + " LEFT JOIN er_group g ON g.id = m.group_id WHERE m.id = ?", first).get(0);
            assertEquals("ROUTED", stored.get("state"));
            assertEquals("Billing", stored.get("grp"));
            assertEquals("en", stored.get("language"), "analysis stored the language");
            String explanation = world.mail.store.read(em -> em.find(Message.class, first).getRoutingExplanation());
            assertTrue(explanation.contains("Rule 'billing' matched"), explanation);
            assertTrue(world.mail.count("SELECT COUNT(*) AS c FROM er_message_fact WHERE message_id = ? AND fact_key = 'language'", first) > 0,
                    "facts are stored");
            for (UserSession agent : List.of(ann, ben)) {
                List<NotificationInfo> unread = new NotificationService(world.mail.store).unread(agent, 0);
                assertEquals(1, unread.size(), agent.login() + " is notified");
                assertEquals(first, unread.get(0).messageId());
            }
            assertEquals(correction, world.ranking(first).get(0), "the closest template ranks first");
            assertEquals(1, world.mail.count("SELECT COUNT(*) AS c FROM er_message_fact WHERE message_id = ? AND fact_key = 'language'", first),
                    "analyzed once");

            ClaimService claims = new ClaimService(world.mail.store, Duration.ofMinutes(30));
            assertTrue(claims.claim(ann, first).claimed());
            ClaimResult second = claims.claim(ben, first);
            assertFalse(second.claimed(), "one agent holds the message");
            assertEquals("ann", second.holderLogin());
            ValidationException busy = assertThrows(ValidationException.class, () -> answerWith(world, ben, first, correction),
                    "nobody replies to a message another agent holds");
            assertTrue(busy.getMessage().startsWith("ann"), busy.getMessage());
            assertEquals(0, world.mail.count("SELECT COUNT(*) AS c FROM er_reply WHERE message_id = ?", first));

            answerWith(world, ann, first, voucher);
            Map<String, Object> answered = world.mail.rows("SELECT m.state, u.login, m.claim_expires_at AS until_time FROM er_message m"
                    + " JOIN er_user u ON u.id = m.assignee_id WHERE m.id = ?", first).get(0);
            assertEquals("ANSWERED", answered.get("state"), "the reply answers the message: it leaves the queue");
            assertEquals("ann", answered.get("login"));
            assertNull(answered.get("until_time"), "the claim ends with the reply");
            for (int n = 2; n <= 4; n++) {
                world.mail.deliver(invoiceMail(n, "customer" + n + "@customer.example"));
                world.fetch();
                long id = world.messageId("<inv-" + n + "@customer.example>");
                assertTrue(claims.claim(ben, id).claimed());
                answerWith(world, ben, id, voucher);
            }
            world.mail.deliver(invoiceMail(5, "dave@customer.example"));
            world.fetch();
            long next = world.messageId("<inv-5@customer.example>");
            assertEquals(voucher, world.ranking(next).get(0), "agents chose the voucher for such messages: it ranks first now");
            assertEquals(1, world.mail.count("SELECT COUNT(*) AS c FROM er_template_suggestion WHERE message_id = ? AND template_id = ?"
                    + " AND chosen = TRUE", world.messageId("<inv-2@customer.example>"), voucher), "the agent's choice is marked");
        }
    }

    private static void answerWith(AutomationWorld world, UserSession agent, long messageId, long templateId) {
        world.mail.manager.replies().queue(agent, new ReplyDraft(messageId, null, null, null, null, "Here is a voucher: X-1",
                null, templateId, false));
    }

    @Test
    void anAcknowledgingRuleQueuesOneAutomaticReplyPerSenderWithinTheLimit() throws Exception {
        try (AutomationWorld world = new AutomationWorld()) {
            world.group("Support");
            world.template("Receipt", "We received your message", "Thank you for writing. We answer within one working day.");
            world.activateRules(rule("acknowledge", senderContains("@ack.example"), toGroup("Support"), acknowledge("Receipt", 1)));
            world.startManager(true);

            world.mail.deliver(MailWorld.message("<a1@ack.example>", "dora@ack.example", "Question one", "", "First question"));
            world.mail.deliver(MailWorld.message("<a2@ack.example>", "dora@ack.example", "Question two", "", "Second question"));
            world.mail.deliver(MailWorld.message("<e1@ack.example>", "eve@ack.example", "Hello", "", "Eve's question"));
            world.fetch();
            world.mail.deliver(MailWorld.message("<a3@ack.example>", "dora@ack.example", "Question three", "", "Third question"));
            world.fetch();

            assertEquals(4, world.mail.count("SELECT COUNT(*) AS c FROM er_message WHERE state = 'ROUTED'"));
            assertEquals(1, world.mail.count("SELECT COUNT(*) AS c FROM er_reply WHERE automatic = TRUE AND to_addresses = 'dora@ack.example'"),
                    "one acknowledgement per sender within the period");
            assertEquals(1, world.mail.count("SELECT COUNT(*) AS c FROM er_reply WHERE automatic = TRUE AND to_addresses = 'eve@ack.example'"));

            assertEquals(2, world.mail.manager.service().send().sent());
            MimeMessage[] acks = Arrays.stream(world.mail.greenMail.getReceivedMessages())
                    .filter(m -> header(m, "Auto-Submitted") != null).toArray(MimeMessage[]::new);
            assertEquals(2, acks.length);
            for (MimeMessage ack : acks) {
                assertEquals("auto-replied", header(ack, "Auto-Submitted"));
                assertTrue(ack.getSubject().startsWith("We received your message"), ack.getSubject());
                assertTrue(header(ack, "In-Reply-To").contains("@ack.example>"));
            }
        }
    }

    @Test
    void withoutAutomationMessagesWaitAndACatchUpRoutesThem() throws Exception {
        try (AutomationWorld world = new AutomationWorld()) {
            world.group("Support");
            world.activateRules(rule("all", senderContains("@"), toGroup("Support")));
            world.startManager(false);
            world.mail.deliver(MailWorld.message("<w1@wait.example>", "wait@wait.example", "Waiting", "", "Please route me later"));
            world.fetch();
            assertEquals("RECEIVED", world.mail.rows("SELECT state FROM er_message").get(0).get("state"));

            PipelineResult result = world.pipeline.catchUp(100);

            assertEquals(new PipelineResult(1, 1, 0, 0, 0), result);
            assertEquals("ROUTED", world.mail.rows("SELECT state FROM er_message").get(0).get("state"));
        }
    }

    @Test
    void theServiceSuggestsAndIndexesEveryBatchWhileTheNextIsRouted() throws Exception {
        try (AutomationWorld world = new AutomationWorld()) {
            world.group("Billing");
            long correction = world.template("Invoice correction", "Your corrected invoice",
                    "We are sorry about the wrong amount on your invoice. The corrected invoice is attached.");
            world.template("Password reset", "Resetting your password", "Click 'forgot password' on the login page.");
            world.activateRules(rule("billing", subjectContains("invoice"), toGroup("Billing")));
            List<Long> ids = new java.util.ArrayList<>();
            try (AutomatedManager automated = world.startAutomatedManager()) {
                for (int batch = 0; batch < 3; batch++) {
                    for (int n = 1; n <= 4; n++) {
                        world.mail.deliver(invoiceMail(10 * batch + n, "c" + batch + n + "@customer.example"));
                    }
                    assertEquals(4, world.fetch().stored());
                }
                assertTrue(automated.awaitAutomation(1, TimeUnit.MINUTES));
                for (int n = 0; n < 12; n++) {
                    ids.add(world.messageId("<inv-" + (10 * (n / 4) + n % 4 + 1) + "@customer.example>"));
                }
                for (long id : ids) {
                    assertEquals(correction, world.ranking(id).get(0), "message " + id + " has its suggestions");
                }
                assertEquals(12, world.mail.count("SELECT COUNT(*) AS c FROM er_message WHERE state = 'ROUTED'"));
            }
            try (MessageSearchIndex index = MessageSearchIndex.open(world.indexFolder)) {
                List<Long> found = index.search(UserSession.MANAGER_SERVICE, "invoice", 50).stream().map(SearchHit::messageId).toList();
                assertEquals(Set.copyOf(ids), Set.copyOf(found), "every message is in the search index");
            }
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
