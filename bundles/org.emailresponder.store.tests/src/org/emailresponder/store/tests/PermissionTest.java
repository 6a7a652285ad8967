package org.emailresponder.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.MessageState;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.core.service.GroupInfo;
import org.emailresponder.core.service.NewUser;
import org.emailresponder.core.service.UserInfo;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.store.Store;
import org.emailresponder.store.StoreAuthentication;
import org.emailresponder.store.StoreMessageQueries;
import org.emailresponder.store.StoreUserDirectory;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service layer itself refuses what a role or group membership does not allow. */
class PermissionTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);
    private DatabaseSettings settings;
    private Store store;
    private StoreUserDirectory directory;
    private StoreMessageQueries messages;
    private UserSession admin;
    private UserSession agent;
    private GroupInfo billing;
    private GroupInfo sales;

    @BeforeEach
    void setUp() {
        settings = TestDatabases.fresh(TestDatabases.H2);
        store = Store.open(settings);
        StoreAuthentication auth = new StoreAuthentication(store, hasher);
        directory = new StoreUserDirectory(store, hasher);
        messages = new StoreMessageQueries(store);
        admin = auth.createFirstAdmin("admin", "Admin", "admin-pass-1".toCharArray());
        billing = directory.createGroup(admin, "Billing", null, AssignmentMode.MANUAL);
        sales = directory.createGroup(admin, "Sales", null, AssignmentMode.MANUAL);
        directory.createUser(admin, new NewUser("agent", "Agent", null, Role.AGENT, "agent-pass-1".toCharArray(), Set.of(billing.id())));
        agent = auth.login("agent", "agent-pass-1".toCharArray()).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void agentCannotCallAdminOperations() {
        assertThrows(AccessDeniedException.class, () -> directory.createUser(agent,
                new NewUser("mallory", "Mallory", null, Role.ADMIN, "mallory-pass".toCharArray(), Set.of())));
        assertThrows(AccessDeniedException.class, () -> directory.updateUser(agent, agent.userId(), "Agent", null, Role.ADMIN),
                "an agent cannot promote itself");
        assertThrows(AccessDeniedException.class, () -> directory.setMemberships(agent, agent.userId(), Set.of(sales.id())),
                "an agent cannot join another group");
        assertThrows(AccessDeniedException.class, () -> directory.createGroup(agent, "Mine", null, null));
        assertThrows(AccessDeniedException.class, () -> directory.resetPassword(agent, admin.userId(), "takeover-pass".toCharArray()));
        assertThrows(AccessDeniedException.class, () -> directory.setUserEnabled(agent, admin.userId(), false));
        assertEquals(Role.AGENT, directory.users(admin).stream().filter(u -> u.login().equals("agent")).findFirst()
                .map(UserInfo::role).orElseThrow(), "nothing changed");
    }

    @Test
    void agentReadsOnlyMessagesOfItsGroups() {
        long own = storeMessage(billing.id(), "Invoice 42 is wrong");
        long foreign = storeMessage(sales.id(), "Quote for 500 units");
        List<MessageState> open = List.of(MessageState.ROUTED);

        assertEquals(List.of(own), messages.queue(agent, billing.id(), open, 50).stream().map(m -> m.id()).toList());
        assertEquals("Invoice 42 is wrong", messages.message(agent, own).orElseThrow().subject());
        assertThrows(AccessDeniedException.class, () -> messages.queue(agent, sales.id(), open, 50));
        assertThrows(AccessDeniedException.class, () -> messages.message(agent, foreign));
        assertThrows(AccessDeniedException.class, () -> messages.textBody(agent, foreign));

        assertTrue(messages.message(admin, foreign).isPresent(), "administrators see every group");
    }

    private long storeMessage(long groupId, String subject) {
        return store.inTransaction(em -> {
            Message m = new Message();
            m.setDedupKey(subject.hashCode() + "-" + groupId);
            m.setSubject(subject);
            m.setFromAddress("customer@example.test");
            m.setReceivedAt(Instant.now());
            m.setState(MessageState.ROUTED);
            m.setTextBody("body of " + subject);
            m.setGroup(em.find(AgentGroup.class, groupId));
            em.persist(m);
            em.flush();
            return m.getId();
        });
    }
}
