package org.emailresponder.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.emailresponder.search.StoreSuggestions;
import org.emailresponder.search.Suggestion;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.Conversation;
import org.emailresponder.store.model.Message;
import org.emailresponder.store.model.Template;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.SessionController;
import org.emailresponder.ui.agent.QueuesView;
import org.emailresponder.ui.agent.message.MessageView;
import org.emailresponder.ui.agent.reply.ReplyView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An agent answers a routed message with the template suggested first: the Reply view lists the stored suggestions
 * best first, picking one fills subject and text personalized from the contact data, the agent changes a word and
 * sends; one QUEUED reply with the edited text, the template, its own Message-ID and threading is in the database, the
 * suggestion is marked chosen, and a second Send queues nothing.
 */
class AgentReplyWorkbenchTest {
    private static final String SUBJECT = "NetGuard X2 drops the connection";

    private Store store;
    private long messageId;
    private String messageIdHeader;
    private Long conversationId;
    private final List<Long> templates = new ArrayList<>();

    @BeforeEach
    void routedMessageWithStoredSuggestions() {
        DemoWorld.demo();
        store = AppSession.services().store();
        messageId = store.inTransaction(em -> {
            Message message = em.createQuery("SELECT m FROM Message m WHERE m.subject = :s", Message.class)
                    .setParameter("s", SUBJECT).getSingleResult();
            Conversation conversation = new Conversation(); // what the Manager creates when it stores mail
            conversation.setSubject(SUBJECT);
            conversation.setCustomerAddress(message.getFromAddress());
            conversation.setGroup(message.getGroup());
            conversation.setStatus("OPEN");
            conversation.setCreatedAt(Instant.now());
            conversation.setUpdatedAt(Instant.now());
            em.persist(conversation);
            message.setConversation(conversation);
            // created in this order, ranked the other way round: the view must follow the rank, not the id
            templates.add(template(em, message, "Ask for the model", "Your $product.name; null=\"device\"$",
                    "Hello $customer.firstName$,\n\nwhich model do you use?\n\n$agent.name$"));
            templates.add(template(em, message, "Restart the router (reply)", "Re: $message.subject$",
                    "Dear $customer.firstName; null=\"customer\"$ $customer.lastName$,\n\nplease restart the router and tell us"
                            + " whether the problem remains.\n\nBest regards\n$agent.name$"));
            em.flush();
            conversationId = conversation.getId();
            messageIdHeader = message.getMessageIdHeader();
            return message.getId();
        });
        StoreSuggestions.save(store, messageId, List.of(new Suggestion(templates.get(1), "Restart the router (reply)", 0.9, 0.9, 0, 0),
                new Suggestion(templates.get(0), "Ask for the model", 0.4, 0.4, 0, 0)));
    }

    private static long template(jakarta.persistence.EntityManager em, Message message, String name, String subject, String body) {
        Template template = new Template();
        template.setFolder("Support");
        template.setName(name);
        template.setLanguage("en");
        template.setSubject(subject);
        template.setBodyText(body);
        template.setEnabled(true);
        template.setUpdatedBy("test");
        template.setUpdatedAt(Instant.now());
        template.getVisibleTo().add(message.getGroup());
        em.persist(template);
        em.flush();
        return template.getId();
    }

    @AfterEach
    void restoreTheDemoData() {
        store.inTransaction(em -> {
            em.createQuery("DELETE FROM Reply r WHERE r.message.id = :id").setParameter("id", messageId).executeUpdate();
            em.createQuery("DELETE FROM TemplateSuggestion s WHERE s.message.id = :id").setParameter("id", messageId).executeUpdate();
            em.createQuery("UPDATE Message m SET m.conversation = NULL WHERE m.id = :id").setParameter("id", messageId).executeUpdate();
            em.createQuery("DELETE FROM Conversation c WHERE c.id = :id").setParameter("id", conversationId).executeUpdate();
            for (Long id : templates) {
                Template template = em.find(Template.class, id);
                template.getVisibleTo().clear();
                em.remove(template);
            }
            return null;
        });
        store.emf().getCache().evictAll();
    }

    @Test
    void anAgentAnswersWithTheFirstSuggestionEditsItAndSendsOnce() throws Exception {
        SessionController.login("chris", DemoWorld.demo().passwords().get("chris").toCharArray()).orElseThrow();
        IWorkbenchWindow window = DemoWorld.window();
        ReplyView reply = open(window, messageId);

        assertEquals(List.of("Restart the router (reply)", "Ask for the model"), reply.suggestionNames(), "best first");
        assertFalse(reply.sendEnabled(), "nothing to send yet");

        reply.pickSuggestion(0);
        assertTrue(Screenshots.waitUntil(() -> !reply.bodyText().isEmpty(), 5_000), "picking fills the reply");
        assertEquals("Re: " + SUBJECT, reply.subjectText());
        assertTrue(reply.bodyText().startsWith("Dear Tom Novak,\n\nplease restart the router"), reply.bodyText());
        assertTrue(reply.bodyText().endsWith("Best regards\nChris Diaz"), "the agent signs: " + reply.bodyText());
        assertFalse(reply.bodyText().contains("$") || reply.subjectText().contains("$"), "no template syntax left: " + reply.bodyText());

        String edited = reply.bodyText().replace("please restart", "please reboot");
        reply.setBodyText(edited);
        assertTrue(reply.sendEnabled());
        reply.setBodyText("  \n ");
        assertFalse(reply.sendEnabled(), "no Send for an empty text");
        reply.setBodyText(edited);
        Screenshots.save(window.getShell(), "agent-reply");

        reply.pressSend();
        Screenshots.settle(200);
        List<List<Object>> rows = replies();
        assertEquals(1, rows.size(), "one reply queued: " + rows);
        List<Object> row = rows.get(0);
        assertEquals("QUEUED", row.get(0));
        assertEquals(edited, row.get(1), "the text as edited");
        assertEquals(templates.get(1), row.get(2), "the template is recorded, so suggestions learn from it");
        assertNotNull(row.get(3), "Message-ID");
        assertTrue(((String) row.get(3)).startsWith("<") && ((String) row.get(3)).endsWith(">"), (String) row.get(3));
        assertEquals(messageIdHeader, row.get(4), "In-Reply-To");
        assertEquals("tom.novak@novak.example", row.get(5));
        assertTrue(((String) row.get(6)).startsWith("Re: " + SUBJECT), "subject: " + row.get(6));
        assertEquals(List.of(true, false), chosen(), "the first suggestion is marked chosen");

        assertEquals("", reply.bodyText(), "the Reply view clears");
        assertFalse(reply.sendEnabled());
        assertTrue(reply.noteText().startsWith("Reply "), reply.noteText());
        reply.pressSend();
        Screenshots.settle(200);
        assertEquals(1, replies().size(), "a second Send queues nothing");
    }

    @Test
    void withoutStoredSuggestionsTheTemplatesOfTheGroupAndLanguageAreOffered() throws Exception {
        long other = store.read(em -> em.createQuery("SELECT m.id FROM Message m WHERE m.subject = 'CloudBackup Pro: restore fails'",
                Long.class).getSingleResult());
        SessionController.login("chris", DemoWorld.demo().passwords().get("chris").toCharArray()).orElseThrow();
        ReplyView reply = open(DemoWorld.window(), other);

        assertEquals(List.of("Ask for the model", "Restart the router", "Restart the router (reply)"), reply.suggestionNames(),
                "the Support templates in English, by folder and name");
        assertTrue(reply.otherTemplateNames().contains("Sales / Offer"), reply.otherTemplateNames().toString());
        assertFalse(reply.otherTemplateNames().stream().anyMatch(t -> t.startsWith("Billing")), "chris is not in Billing");

        reply.pickOther("Sales / Offer");
        assertEquals("Your offer", reply.subjectText());
        assertTrue(reply.bodyText().startsWith("Dear Marie,") && reply.bodyText().endsWith("Chris Diaz"), reply.bodyText());
        assertFalse(reply.bodyText().contains("$"), reply.bodyText());
    }

    private static ReplyView open(IWorkbenchWindow window, long id) throws Exception {
        IWorkbenchPage page = window.getActivePage();
        QueuesView queues = (QueuesView) page.showView(QueuesView.ID);
        MessageView message = (MessageView) page.showView(MessageView.ID);
        ReplyView reply = (ReplyView) page.showView(ReplyView.ID);
        queues.refresh();
        page.activate(queues);
        assertTrue(queues.select(id), "the message is in the agent's queue");
        assertTrue(Screenshots.waitUntil(() -> message.message().map(m -> m.id() == id).orElse(false)
                && reply.message().map(m -> m.id() == id).orElse(false), 5_000), "Message and Reply follow the selection in Queues");
        return reply;
    }

    /** state, text, template, Message-ID, In-Reply-To, To, subject of the replies to the message. */
    private List<List<Object>> replies() throws SQLException {
        try (Connection c = store.connection(); PreparedStatement st = c.prepareStatement("SELECT state, text_body, template_id,"
                + " message_id_header, in_reply_to, to_addresses, subject FROM er_reply WHERE message_id = ? ORDER BY id")) {
            st.setLong(1, messageId);
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            return rows;
        }
    }

    /** Whether each stored suggestion is marked chosen, by rank. */
    private List<Boolean> chosen() {
        return store.read(em -> em.createQuery("SELECT s.chosen FROM TemplateSuggestion s WHERE s.message.id = :id ORDER BY s.rankNo",
                Boolean.class).setParameter("id", messageId).getResultList());
    }
}
