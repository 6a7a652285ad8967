package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.manager.ManagerListener;
import org.emailresponder.manager.ReplyDraft;
import org.emailresponder.manager.TemplateReplies;
import org.emailresponder.templates.RenderedTemplate;
import org.emailresponder.templates.TemplateData;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link TemplateReplies} refuses: line breaks in headers, an empty text, messages of other groups. */
class TemplateRepliesTest {
    @AutoClose
    private final MailWorld world = new MailWorld();
    private TemplateReplies replies;
    private long question;

    @BeforeEach
    void aStoredQuestion() throws Exception {
        world.addAccount("support", world.imapUrl(), false);
        world.deliver(MailWorld.message("<q1@customer.test>", "Carla <carla@customer.test>", "Printer broken", "", "It smokes."));
        world.manager.service().fetch(true, ManagerListener.NONE);
        question = ((Number) world.rows("SELECT id AS v FROM er_message WHERE message_id_header = ?", "<q1@customer.test>").get(0).get("v"))
                .longValue();
        replies = TemplateReplies.fromPlatform(world.store);
    }

    @Test
    void subjectsWithLineBreaksNeverReachTheHeaders() {
        TemplateData injecting = TemplateData.of("Support", "Injecting", "en", "Re: $message.subject$\r\nBcc: eve@evil.test",
                "Hello $customer.firstName; null=\"customer\"$", null);
        RenderedTemplate rendered = replies.personalize(UserSession.MANAGER_SERVICE, question, injecting);
        assertFalse(rendered.subject().contains("\r") || rendered.subject().contains("\n"), rendered.subject());
        ValidationException typed = assertThrows(ValidationException.class, () -> replies.send(UserSession.MANAGER_SERVICE,
                new ReplyDraft(question, null, null, null, "Hi\r\nBcc: eve@evil.test", "text", null, null, false)));
        assertTrue(typed.getMessage().contains("Line breaks"), typed.getMessage());
        assertEquals(0, world.count("SELECT COUNT(*) AS c FROM er_reply"));

        replies.send(UserSession.MANAGER_SERVICE, new ReplyDraft(question, null, null, null, rendered.subject(), "text", null, null, false));
        List<Map<String, Object>> rows = world.rows("SELECT subject AS s FROM er_reply");
        assertEquals(1, rows.size());
        String subject = (String) rows.get(0).get("s");
        assertFalse(subject.contains("\r") || subject.contains("\n"), subject);
    }

    @Test
    void anEmptyTextIsNotSent() {
        assertThrows(ValidationException.class, () -> replies.send(UserSession.MANAGER_SERVICE,
                new ReplyDraft(question, null, null, null, "Hi", " \n ", null, null, false)));
        assertEquals(0, world.count("SELECT COUNT(*) AS c FROM er_reply"));
    }

    @Test
    void agentsOfOtherGroupsNeitherSeeNorAnswerTheMessage() {
        UserSession stranger = new UserSession(42, "eve", "Eve", Role.AGENT, Set.of(999L));
        TemplateData template = TemplateData.of(null, "Any", "en", "Hi", "Hello", null);
        assertThrows(AccessDeniedException.class, () -> replies.suggested(stranger, question));
        assertThrows(AccessDeniedException.class, () -> replies.personalize(stranger, question, template));
        assertThrows(AccessDeniedException.class, () -> replies.send(stranger,
                new ReplyDraft(question, null, null, null, "Hi", "Hello", null, null, false)));
        assertEquals(0, world.count("SELECT COUNT(*) AS c FROM er_reply"));
    }
}
