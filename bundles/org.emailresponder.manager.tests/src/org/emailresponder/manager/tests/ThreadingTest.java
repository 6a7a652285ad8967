package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.mail.internet.MimeMessage;

import org.emailresponder.core.UserSession;
import org.emailresponder.manager.ManagerListener;
import org.emailresponder.manager.ReplyDraft;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A conversation as it really happens: question, our reply over SMTP, answers, an auto-reply, a bounce, a stranger. */
class ThreadingTest {
    @AutoClose
    private final MailWorld world = new MailWorld();

    @BeforeEach
    void start() {
        world.addAccount("support", world.imapUrl(), false);
    }

    private void fetch() throws Exception {
        world.manager.service().fetch(true, ManagerListener.NONE);
    }

    private Object field(String messageId, String column) {
        return world.rows("SELECT " + column + " AS v FROM er_message WHERE message_id_header = ?", messageId).get(0).get("v");
    }

    @Test
    void repliesAnswersAutoRepliesAndBouncesJoinTheConversationAndStrangersDoNot() throws Exception {
        world.deliver(MailWorld.message("<q1@customer.test>", "Carla <carla@customer.test>", "Printer broken", "", "It smokes."));
        fetch();
        long question = ((Number) field("<q1@customer.test>", "id")).longValue();
        long conversation = ((Number) field("<q1@customer.test>", "conversation_id")).longValue();

        world.manager.replies().queue(UserSession.MANAGER_SERVICE,
                new ReplyDraft(question, null, null, null, null, "Please unplug it.", null, null, false));
        assertEquals(1, world.manager.service().send().sent());
        MimeMessage sent = world.greenMail.getReceivedMessagesForDomain("customer.test")[0];
        String ourId = sent.getHeader("Message-ID", null);
        assertEquals(world.rows("SELECT message_id_header AS v FROM er_reply").get(0).get("v"), ourId, "the Message-ID assigned at queue time");
        assertEquals("<q1@customer.test>", sent.getHeader("In-Reply-To", null));
        assertTrue(sent.getHeader("References", null).contains("<q1@customer.test>"));
        assertTrue(sent.getSubject().contains("[ER#" + conversation + "]"), sent.getSubject());

        world.deliver(MailWorld.message("<q2@customer.test>", "carla@customer.test", "Re: Printer broken", "In-Reply-To: " + ourId + "\n", "Done."));
        world.deliver(MailWorld.message("<s1@stranger.test>", "eve@stranger.test", "Re: [ER#" + conversation + "] hi", "", "let me in"));
        world.deliver(MailWorld.message("<q3@customer.test>", "carla@customer.test", "More [ER#" + conversation + "]", "", "tagged, no refs"));
        world.deliver(MailWorld.message("<auto1@customer.test>", "carla@customer.test", "Out of office",
                "Auto-Submitted: auto-replied\nIn-Reply-To: " + ourId + "\n", "I am away."));
        world.deliver(bounce(ourId));
        world.routed.clear();
        fetch();

        assertEquals(conversation, ((Number) field("<q2@customer.test>", "conversation_id")).longValue(), "answer to our reply");
        assertNotEquals(conversation, ((Number) field("<s1@stranger.test>", "conversation_id")).longValue(), "a tag alone is not trusted");
        assertEquals(conversation, ((Number) field("<q3@customer.test>", "conversation_id")).longValue(), "the customer's own tag");
        assertEquals("AUTO_REPLY", field("<auto1@customer.test>", "state"));
        assertEquals(conversation, ((Number) field("<auto1@customer.test>", "conversation_id")).longValue());
        assertEquals("BOUNCE", field("<dsn1@mx.customer.test>", "state"));
        assertEquals(question, ((Number) field("<dsn1@mx.customer.test>", "related_message_id")).longValue(), "bounce linked to the original");
        assertEquals(conversation, ((Number) field("<dsn1@mx.customer.test>", "conversation_id")).longValue());
        assertEquals(3, world.routed.size(), "auto-replies and bounces are never routed");
        assertFalse(world.routed.contains(((Number) field("<auto1@customer.test>", "id")).longValue()));
    }

    @Test
    void blockedSendersAreKeptButNeverRouted() throws Exception {
        world.execute("INSERT INTO er_blocked_sender (id, kind, pattern, reason, created_by, created_at) VALUES (1, 'DOMAIN', 'spam.test', 'spam', 'admin', ?)",
                Timestamp.from(Instant.now()));
        world.deliver(MailWorld.message("<b1@mail.spam.test>", "seller@mail.spam.test", "Cheap", "", "buy"));
        world.deliver(MailWorld.message("<ok@customer.test>", "carla@customer.test", "Question", "", "help"));
        fetch();
        assertEquals("BLOCKED", field("<b1@mail.spam.test>", "state"));
        assertTrue(String.valueOf(field("<b1@mail.spam.test>", "state_reason")).contains("spam.test"));
        assertEquals("RECEIVED", field("<ok@customer.test>", "state"));
        assertEquals(1, world.routed.size());
    }

    private static String bounce(String ourId) {
        return "Message-ID: <dsn1@mx.customer.test>\nFrom: MAILER-DAEMON@mx.customer.test\nTo: support@example.test\n"
                + "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
                + "--B\nContent-Type: text/plain\n\nThe mail could not be delivered.\n"
                + "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.customer.test\n\nFinal-Recipient: rfc822; gone@customer.test\nAction: failed\nStatus: 5.1.1\n"
                + "--B\nContent-Type: text/rfc822-headers\n\nMessage-ID: " + ourId + "\nSubject: Re: Printer broken\n\n"
                + "--B--\n";
    }
}
