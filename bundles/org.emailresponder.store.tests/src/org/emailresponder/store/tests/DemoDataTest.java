package org.emailresponder.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.MessageState;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.core.service.GroupInfo;
import org.emailresponder.core.service.MessageDetails;
import org.emailresponder.core.service.MessageSummary;
import org.emailresponder.store.DemoData;
import org.emailresponder.store.Store;
import org.emailresponder.store.StoreAuthentication;
import org.emailresponder.store.StoreMessageQueries;
import org.emailresponder.store.StoreUserDirectory;
import org.emailresponder.store.model.Contact;
import org.emailresponder.store.model.Template;
import org.junit.jupiter.api.Test;

class DemoDataTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void demoUsersLogInWithTheShownPasswordsAndSeeTheirQueues() {
        try (Store store = Store.open(TestDatabases.fresh(TestDatabases.H2))) {
            StoreAuthentication auth = new StoreAuthentication(store, hasher);
            UserSession admin = auth.createFirstAdmin("admin", "Admin", "admin-pass-1".toCharArray());

            DemoData.Loaded loaded = new DemoData(store, hasher).load(admin);

            List<GroupInfo> groups = new StoreUserDirectory(store, hasher).groups(admin);
            assertEquals(List.of("Billing", "Sales", "Support"), groups.stream().map(GroupInfo::name).toList());
            assertEquals(loaded.groups(), groups.size());
            assertEquals(4, loaded.passwords().size());
            for (Map.Entry<String, String> user : loaded.passwords().entrySet()) {
                assertTrue(auth.login(user.getKey(), user.getValue().toCharArray()).isPresent(), user.getKey() + " logs in");
            }
            UserSession anna = auth.login("anna", loaded.passwords().get("anna").toCharArray()).orElseThrow();
            assertEquals(Role.AGENT, anna.role());
            long billing = groups.stream().filter(g -> g.name().equals("Billing")).findFirst().orElseThrow().id();
            long support = groups.stream().filter(g -> g.name().equals("Support")).findFirst().orElseThrow().id();
            List<MessageSummary> queue = new StoreMessageQueries(store).queue(anna, billing, List.of(MessageState.ROUTED), 50);
            assertFalse(queue.isEmpty(), "the Billing queue has demo messages");
            assertTrue(queue.stream().allMatch(m -> m.groupId() == billing));
            assertThrows(AccessDeniedException.class,
                    () -> new StoreMessageQueries(store).queue(anna, support, List.of(MessageState.ROUTED), 50));
            MessageDetails details = new StoreMessageQueries(store).details(anna, queue.get(0).id()).orElseThrow();
            assertEquals(List.of("Billing", "service@example.com", "demo data"),
                    List.of(details.groupName(), details.toAddresses(), details.routingExplanation()));
            assertEquals(queue.get(0), details.summary());
            long supportMessage = new StoreMessageQueries(store).queue(admin, support, List.of(MessageState.ROUTED), 1).get(0).id();
            assertThrows(AccessDeniedException.class, () -> new StoreMessageQueries(store).details(anna, supportMessage));

            long contacts = store.read(em -> em.createQuery("SELECT COUNT(c) FROM Contact c", Long.class).getSingleResult());
            long templates = store.read(em -> em.createQuery("SELECT COUNT(t) FROM Template t", Long.class).getSingleResult());
            assertEquals(loaded.contacts(), contacts);
            assertEquals(loaded.templates(), templates);
            assertTrue(store.read(em -> em.createQuery("SELECT c FROM Contact c", Contact.class).getResultList())
                    .stream().allMatch(c -> !c.getAddresses().isEmpty()), "every demo contact has an address");
            assertTrue(store.read(em -> em.createQuery("SELECT t FROM Template t", Template.class).getResultList())
                    .stream().allMatch(t -> !t.getVisibleTo().isEmpty()), "every demo template is visible to a group");
        }
    }

    @Test
    void refusesAgentsAndDatabasesWithData() {
        try (Store store = Store.open(TestDatabases.fresh(TestDatabases.H2))) {
            StoreAuthentication auth = new StoreAuthentication(store, hasher);
            UserSession admin = auth.createFirstAdmin("admin", "Admin", "admin-pass-1".toCharArray());
            DemoData demo = new DemoData(store, hasher);
            DemoData.Loaded loaded = demo.load(admin);
            ValidationException twice = assertThrows(ValidationException.class, () -> demo.load(admin));
            assertTrue(twice.getMessage().contains("new database"), twice.getMessage());

            UserSession ben = auth.login("ben", loaded.passwords().get("ben").toCharArray()).orElseThrow();
            try (Store empty = Store.open(TestDatabases.fresh(TestDatabases.H2))) {
                assertThrows(AccessDeniedException.class, () -> new DemoData(empty, hasher).load(ben));
            }
        }
    }
}
