package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.manager.ManagerListener;
import org.emailresponder.manager.ReplyDraft;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our automatic acknowledgement meets a customer's auto-responder that answers everything it receives. The exchange
 * must stop by itself: with RFC 3834 headers at once, with a careless responder (no headers) by our daily limit.
 */
class MailLoopTest {
    @AutoClose
    private final MailWorld world = new MailWorld();

    @BeforeEach
    void start() {
        world.addAccount("support", world.imapUrl(), false);
    }

    private int exchange(boolean responderMarksItsMail) throws Exception {
        world.deliver(MailWorld.message("<start@bot.test>", "bot@bot.test", "Hello", "", "first"));
        int answered = 0;
        int acknowledgements = 0;
        for (int round = 0; round < 12; round++) {
            world.routed.clear();
            world.manager.service().fetch(true, ManagerListener.NONE);
            for (long id : new ArrayList<>(world.routed)) {
                try {
                    world.manager.replies().queue(UserSession.MANAGER_SERVICE, new ReplyDraft(id, null, null, null, null,
                            "We got your message.", null, null, true));
                } catch (ValidationException loopGuard) {
                    // the guard refused: nothing more to send
                }
            }
            acknowledgements += world.manager.service().send().sent();
            answered = respond(answered, responderMarksItsMail);
        }
        return acknowledgements;
    }

    /** The auto-responder answers each new message it received. */
    private int respond(int alreadyAnswered, boolean marked) throws Exception {
        MimeMessage[] inbox = world.greenMail.getReceivedMessagesForDomain("bot.test");
        for (int i = alreadyAnswered; i < inbox.length; i++) {
            String id = inbox[i].getHeader("Message-ID", null);
            world.deliver(MailWorld.message("<auto" + i + "@bot.test>", "bot@bot.test", "Auto: " + inbox[i].getSubject(),
                    (marked ? "Auto-Submitted: auto-replied\n" : "") + "In-Reply-To: " + id + "\n", "I answer everything."));
        }
        return inbox.length;
    }

    @Test
    void aMarkedAutoResponderGetsOneAcknowledgement() throws Exception {
        assertEquals(1, exchange(true));
        assertEquals(1, world.count("SELECT COUNT(*) AS c FROM er_message WHERE state = 'AUTO_REPLY'"));
    }

    @Test
    void aCarelessAutoResponderIsStoppedByTheDailyLimit() throws Exception {
        int acknowledgements = exchange(false);
        assertTrue(acknowledgements <= 3, "acknowledgements sent: " + acknowledgements);
        List<Object> states = new ArrayList<>();
        world.rows("SELECT state FROM er_message").forEach(r -> states.add(r.get("state")));
        assertEquals(acknowledgements + 1, states.size(), "the loop ended: " + states);
    }
}
