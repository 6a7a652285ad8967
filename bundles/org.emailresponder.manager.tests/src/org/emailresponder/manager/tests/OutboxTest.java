package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.mail.MailSecurity;
import org.emailresponder.manager.IngestOptions;
import org.emailresponder.manager.ManagerContext;
import org.emailresponder.manager.ManagerListener;
import org.emailresponder.manager.ReplyDraft;
import org.emailresponder.manager.ReplySender;
import org.emailresponder.manager.SendResult;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxTest {
    @AutoClose
    private final MailWorld world = new MailWorld();
    private long question;

    @BeforeEach
    void start() throws Exception {
        world.addAccount("support", world.imapUrl(), false);
        world.deliver(MailWorld.message("<q@customer.test>", "carla@customer.test", "Invoice", "", "Where is it?"));
        world.manager.service().fetch(true, ManagerListener.NONE);
        question = ((Number) world.rows("SELECT id AS v FROM er_message").get(0).get("v")).longValue();
    }

    private long queue(String text) {
        return world.manager.replies().queue(UserSession.MANAGER_SERVICE, new ReplyDraft(question, null, null, null, null, text, null, null, false));
    }

    @Test
    void anAgentOutsideTheMessagesGroupCannotQueueAReply() {
        world.execute("INSERT INTO er_group (id, name, assignment_mode, enabled, version) VALUES (7, 'billing', 'MANUAL', TRUE, 1)");
        world.execute("UPDATE er_message SET group_id = 7");
        UserSession outsider = new UserSession(99, "otto", "Otto", Role.AGENT, Set.of(8L));
        assertThrows(AccessDeniedException.class, () -> world.manager.replies().queue(outsider,
                new ReplyDraft(question, null, null, null, null, "hi", null, null, false)));
        UserSession member = new UserSession(98, "mia", "Mia", Role.AGENT, Set.of(7L));
        world.execute("INSERT INTO er_user (id, login, display_name, role, password_hash, enabled, created_at, version) "
                + "VALUES (98, 'mia', 'Mia', 'AGENT', 'x', TRUE, ?, 1)", Timestamp.from(Instant.now()));
        assertNotNull(world.manager.replies().queue(member, new ReplyDraft(question, null, null, null, null, "hi", null, null, false)));
    }

    @Test
    void anUnreachableServerBacksOffExponentiallyAndGivesUpAfterTheLastAttempt() throws Exception {
        world.execute("UPDATE er_mail_account SET outgoing_url = 'smtp://127.0.0.1:1'");
        ReplySender.Policy policy = new ReplySender.Policy(3, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5), 50,
                new MailSecurity(null, Duration.ofSeconds(2)));
        ManagerContext manager = world.manager(IngestOptions.defaults(), policy, "manager-B");
        long reply = queue("hello");
        assertEquals(1, manager.sender().sendDue().retried());
        var row = world.rows("SELECT state, attempts, last_error, next_attempt_at FROM er_reply WHERE id = ?", reply).get(0);
        assertEquals("QUEUED", row.get("state"));
        assertEquals(1, ((Number) row.get("attempts")).intValue());
        assertTrue(String.valueOf(row.get("last_error")).contains("127.0.0.1"), String.valueOf(row.get("last_error")));
        Instant next = ((Timestamp) row.get("next_attempt_at")).toInstant();
        assertTrue(next.isAfter(Instant.now().plusSeconds(20)), "first retry about 30 s later");
        assertEquals(SendResult.NONE, manager.sender().sendDue(), "nothing is due before the retry time");
        world.execute("UPDATE er_reply SET next_attempt_at = ?", Timestamp.from(Instant.now().minusSeconds(1)));
        manager.sender().sendDue();
        Instant second = ((Timestamp) world.rows("SELECT next_attempt_at FROM er_reply").get(0).get("next_attempt_at")).toInstant();
        assertTrue(second.isAfter(Instant.now().plusSeconds(50)), "second retry about 60 s later");
        world.execute("UPDATE er_reply SET next_attempt_at = ?", Timestamp.from(Instant.now().minusSeconds(1)));
        assertEquals(1, manager.sender().sendDue().failed());
        assertEquals("FAILED", world.rows("SELECT state FROM er_reply").get(0).get("state"));
    }

    @Test
    void aReplyWithoutAnyFromAddressIsNotSentAndSaysWhy() throws Exception {
        long reply = queue("hello");
        world.execute("UPDATE er_reply SET from_address = NULL");
        world.execute("UPDATE er_mail_account SET from_address = NULL");
        assertEquals(1, world.manager.sender().sendDue().retried());
        var row = world.rows("SELECT state, last_error FROM er_reply WHERE id = ?", reply).get(0);
        assertEquals("QUEUED", row.get("state"));
        assertTrue(String.valueOf(row.get("last_error")).contains("no From address"), String.valueOf(row.get("last_error")));
        assertEquals(0, world.greenMail.getReceivedMessagesForDomain("customer.test").length);
    }

    @Test
    void aReplyLeftInSendingByACrashedManagerIsSentAgainOnce() throws Exception {
        long reply = queue("hello");
        world.execute("UPDATE er_reply SET state = 'SENDING', sending_owner = 'crashed', sending_since = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))), reply);
        long fresh = queue("second");
        world.execute("UPDATE er_reply SET state = 'SENDING', sending_owner = 'alive', sending_since = ? WHERE id = ?",
                Timestamp.from(Instant.now()), fresh);
        SendResult result = world.manager.sender().sendDue();
        assertEquals(1, result.recovered());
        assertEquals(1, result.sent());
        assertEquals("SENT", world.rows("SELECT state FROM er_reply WHERE id = ?", reply).get(0).get("state"));
        assertEquals("SENDING", world.rows("SELECT state FROM er_reply WHERE id = ?", fresh).get(0).get("state"), "a live sender's row is left alone");
    }

    @Test
    void twoManagersSendingAtOnceDeliverEachReplyExactlyOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            queue("reply " + i);
        }
        world.rows("SELECT message_id_header AS v FROM er_reply").forEach(r -> ids.add((String) r.get("v")));
        ManagerContext other = world.manager(IngestOptions.defaults(), ReplySender.Policy.defaults(), "manager-B");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<SendResult> a = pool.submit(() -> world.manager.sender().sendDue());
            Future<SendResult> b = pool.submit(() -> other.sender().sendDue());
            assertEquals(120, a.get().sent() + b.get().sent());
        } finally {
            pool.shutdown();
        }
        Set<String> delivered = new HashSet<>();
        for (MimeMessage m : world.greenMail.getReceivedMessagesForDomain("customer.test")) {
            assertTrue(delivered.add(m.getHeader("Message-ID", null)), "delivered twice: " + m.getHeader("Message-ID", null));
        }
        assertEquals(new HashSet<>(ids), delivered);
        assertEquals(120, world.count("SELECT COUNT(*) AS c FROM er_reply WHERE state = 'SENT'"));
    }
}
