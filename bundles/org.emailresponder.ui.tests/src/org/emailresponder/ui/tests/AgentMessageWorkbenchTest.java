package org.emailresponder.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.IHandlerService;
import org.emailresponder.core.MessageState;
import org.emailresponder.core.UserSession;
import org.emailresponder.rules.claims.ClaimService;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.Message;
import org.emailresponder.store.model.MessageFact;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.SessionController;
import org.emailresponder.ui.agent.QueuesView;
import org.emailresponder.ui.agent.message.ClaimHandler;
import org.emailresponder.ui.agent.message.MessageView;
import org.emailresponder.ui.agent.message.ReleaseHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An agent selects a routed message in Queues and reads it in the Message view (sender, subject, why it was routed,
 * analysis, body), claims it through the command and releases it again; a colleague's claim is shown with the
 * colleague's name and Claim is refused in words; HTML-only mail appears as text without markup.
 */
class AgentMessageWorkbenchTest {
    private static final String SUBJECT = "NetGuard X2 drops the connection";
    private static final String EXPLANATION = "Rule set 'Default'\nRule 'Router problems' matched\n  because product = NETGUARD-X2"
            + "\n  because subject contains 'connection'\n  -> route to group 'Support'\n  -> priority 2\nResult: group 'Support'";
    private static final String HTML = "<html><head><title>Order</title><style>p{color:red}</style><script>alert('x')</script></head>"
            + "<body><p>Dear team,</p><p>my order <b>A-1</b> is late.<br>Thanks</p><img src=\"http://tracker.example/p.gif\"></body></html>";

    private Store store;
    private long routed;
    private long htmlOnly;

    @BeforeEach
    void routedMessageWithReasonsAndAnHtmlOnlyMessage() {
        DemoWorld.demo();
        store = AppSession.services().store();
        routed = store.inTransaction(em -> {
            Message message = em.createQuery("SELECT m FROM Message m WHERE m.subject = :s", Message.class)
                    .setParameter("s", SUBJECT).getSingleResult();
            message.setRoutingExplanation(EXPLANATION);
            message.setPriority(2);
            message.setTags("router");
            fact(em, message, "language", "en", 0.98);
            fact(em, message, "category", "technical", 0.87);
            fact(em, message, "category", "billing", 0.08);
            fact(em, message, "product", "NETGUARD-X2", 1);
            fact(em, message, "order.number", "4711-0815", 1);
            Message html = new Message();
            html.setDedupKey("agent-message-test-html-only");
            html.setMessageIdHeader("<html-only@example.com>");
            html.setFromAddress("olga@shop.example");
            html.setToAddresses("service@example.com");
            html.setSubject("Where is my order A-1?");
            html.setHtmlBody(HTML);
            html.setReceivedAt(Instant.now());
            html.setState(MessageState.ROUTED);
            html.setGroup(message.getGroup());
            em.persist(html);
            em.flush();
            htmlOnly = html.getId();
            return message.getId();
        });
    }

    @AfterEach
    void restoreTheDemoData() {
        store.inTransaction(em -> {
            em.createQuery("DELETE FROM MessageFact f WHERE f.message.id IN :ids").setParameter("ids", List.of(routed, htmlOnly)).executeUpdate();
            em.createQuery("DELETE FROM Message m WHERE m.id = :id").setParameter("id", htmlOnly).executeUpdate();
            return em.createQuery("UPDATE Message m SET m.assignee = NULL, m.claimedAt = NULL, m.claimExpiresAt = NULL, m.state = :routed,"
                    + " m.routingExplanation = 'demo data', m.priority = 0, m.tags = NULL WHERE m.id = :id")
                    .setParameter("routed", MessageState.ROUTED).setParameter("id", routed).executeUpdate();
        });
        store.emf().getCache().evictAll();
    }

    @Test
    void anAgentReadsTheRoutedMessageClaimsItAndReleasesIt() throws Exception {
        SessionController.login("chris", DemoWorld.demo().passwords().get("chris").toCharArray()).orElseThrow();
        IWorkbenchWindow window = DemoWorld.window();
        MessageView message = open(window, routed);

        assertEquals(SUBJECT, message.field("Subject:"));
        assertEquals("Tom Novak <tom.novak@novak.example>", message.field("From:"));
        assertEquals(List.of("Support", "ROUTED", "Free", "2, tags: router"),
                List.of(message.field("Group:"), message.field("State:"), message.field("Claim:"), message.field("Priority:")));
        assertTrue(message.routingText().contains("Rule 'Router problems' matched\n  because product = NETGUARD-X2"), message.routingText());
        assertEquals(List.of("en", "technical 87 %, billing 8 %", "Products: NETGUARD-X2  \u00b7  Order numbers: 4711-0815"),
                List.of(message.field("Language:"), message.field("Category:"), message.field("Found:")));
        assertTrue(message.bodyText().contains("loses the connection every hour"), message.bodyText());

        run(window, message, ClaimHandler.COMMAND);
        assertEquals(List.of(MessageState.CLAIMED, "chris"), stateAndHolder(routed), "claimed in the database");
        assertEquals("CLAIMED", message.field("State:"));
        assertTrue(message.field("Claim:").startsWith("Claimed by chris until "), message.field("Claim:"));
        QueuesView queues = (QueuesView) window.getActivePage().findView(QueuesView.ID);
        assertEquals("chris", queues.rows().stream().filter(m -> m.id() == routed).findFirst().orElseThrow().assigneeLogin(),
                "Queues shows the claim too");
        Screenshots.save(window.getShell(), "agent-message");

        run(window, message, ReleaseHandler.COMMAND);
        assertEquals(java.util.Arrays.asList(MessageState.ROUTED, null), stateAndHolder(routed), "released in the database");
        assertEquals("Free", message.field("Claim:"));
    }

    @Test
    void aColleaguesClaimIsShownWithTheirNameAndClaimIsRefusedInWords() throws Exception {
        UserSession ben = AppSession.services().authentication().login("ben", DemoWorld.demo().passwords().get("ben").toCharArray()).orElseThrow();
        assertTrue(new ClaimService(store, java.time.Duration.ofMinutes(15)).claim(ben, routed).claimed());
        SessionController.login("chris", DemoWorld.demo().passwords().get("chris").toCharArray()).orElseThrow();
        IWorkbenchWindow window = DemoWorld.window();
        MessageView message = open(window, routed);
        assertTrue(message.field("Claim:").startsWith("Claimed by ben until "), message.field("Claim:"));

        String[] refusal = new String[1];
        Forms.whenOpen("Claim message", shell -> {
            refusal[0] = Forms.of(shell).visibleTexts();
            Forms.of(shell).press("OK");
        });
        run(window, message, ClaimHandler.COMMAND);
        assertTrue(refusal[0] != null && refusal[0].contains("Claimed by ben until "), "the refusal names the holder: " + refusal[0]);
        assertFalse(refusal[0].contains("Exception"), refusal[0]);
        assertEquals(List.of(MessageState.CLAIMED, "ben"), stateAndHolder(routed), "ben still holds it");
    }

    @Test
    void htmlOnlyMailIsShownAsTextWithoutMarkup() throws Exception {
        SessionController.login("ben", DemoWorld.demo().passwords().get("ben").toCharArray()).orElseThrow();
        MessageView message = open(DemoWorld.window(), htmlOnly);
        assertEquals("Dear team,\n\nmy order A-1 is late.\nThanks", message.bodyText());
        assertFalse(message.bodyText().contains("<") || message.bodyText().contains("alert") || message.bodyText().contains("color:red"));
        assertEquals("olga@shop.example", message.field("From:"));
        assertEquals("No routing explanation was stored for this message.", message.routingText());
        assertEquals(List.of("", ""), List.of(message.field("Category:"), message.field("Found:")), "no facts, no leftovers");
    }

    private static MessageView open(IWorkbenchWindow window, long messageId) throws Exception {
        IWorkbenchPage page = window.getActivePage();
        QueuesView queues = (QueuesView) page.showView(QueuesView.ID);
        MessageView message = (MessageView) page.showView(MessageView.ID);
        queues.refresh();
        page.activate(queues);
        assertTrue(queues.select(messageId), "the message is in the agent's queue");
        assertTrue(Screenshots.waitUntil(() -> message.message().map(m -> m.id() == messageId).orElse(false), 5_000),
                "the Message view follows the selection in Queues");
        return message;
    }

    private static void run(IWorkbenchWindow window, MessageView message, String command) throws Exception {
        window.getActivePage().activate(message);
        Screenshots.settle(200);
        window.getService(IHandlerService.class).executeCommand(command, null);
        Screenshots.settle(200);
    }

    private List<Object> stateAndHolder(long messageId) {
        Object[] row = store.read(em -> em.createQuery("SELECT m.state, u.login FROM Message m LEFT JOIN m.assignee u WHERE m.id = :id",
                Object[].class).setParameter("id", messageId).getSingleResult());
        return java.util.Arrays.asList(row[0], row[1]);
    }

    private static void fact(jakarta.persistence.EntityManager em, Message message, String key, String value, double confidence) {
        MessageFact fact = new MessageFact();
        fact.setMessage(message);
        fact.setAnalyzer("test");
        fact.setFactKey(key);
        fact.setFactValue(value);
        fact.setConfidence(confidence);
        em.persist(fact);
    }
}
