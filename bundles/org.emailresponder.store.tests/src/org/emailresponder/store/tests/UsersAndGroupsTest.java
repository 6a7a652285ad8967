package org.emailresponder.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.core.service.GroupInfo;
import org.emailresponder.core.service.NewUser;
import org.emailresponder.core.service.UserInfo;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.store.Store;
import org.emailresponder.store.StoreAuthentication;
import org.emailresponder.store.StoreUserDirectory;
import org.emailresponder.store.model.AuditEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsersAndGroupsTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.H2_MSSQL, TestDatabases.POSTGRESQL})
    void firstAdminThenUsersGroupsAndLogins(String kind) {
        DatabaseSettings settings = TestDatabases.fresh(kind);
        try (Store store = Store.open(settings)) {
            StoreAuthentication auth = new StoreAuthentication(store, hasher);
            StoreUserDirectory directory = new StoreUserDirectory(store, hasher);

            assertTrue(auth.needsFirstAdmin());
            UserSession admin = auth.createFirstAdmin("Admin", "Ada Admin", "admin-pass-1".toCharArray());
            assertEquals(Role.ADMIN, admin.role());
            assertEquals("admin", admin.login(), "logins are stored lower case");
            assertFalse(auth.needsFirstAdmin());
            assertThrows(IllegalStateException.class, () -> auth.createFirstAdmin("eve", "Eve", "eve-pass-12".toCharArray()));

            GroupInfo billing = directory.createGroup(admin, "Billing", "Invoices and refunds", AssignmentMode.ROUND_ROBIN);
            GroupInfo support = directory.createGroup(admin, "Support", null, AssignmentMode.MANUAL);
            assertThrows(ValidationException.class, () -> directory.createGroup(admin, "billing", null, null));

            UserInfo bob = directory.createUser(admin, new NewUser("bob", "Bob Agent", "bob@example.test", Role.AGENT,
                    "bob-pass-123".toCharArray(), Set.of(billing.id())));
            assertEquals(Set.of(billing.id()), bob.groupIds());
            assertThrows(ValidationException.class, () -> directory.createUser(admin,
                    new NewUser("BOB", "Bob Again", null, Role.AGENT, "another-pass".toCharArray(), Set.of())));
            assertThrows(ValidationException.class, () -> directory.createUser(admin,
                    new NewUser("carol", "Carol", null, Role.AGENT, "short".toCharArray(), Set.of())));

            UserSession bobSession = auth.login("bob", "bob-pass-123".toCharArray()).orElseThrow();
            assertEquals(Set.of(billing.id()), bobSession.groupIds());
            assertTrue(auth.login("bob", "wrong-pass".toCharArray()).isEmpty());

            directory.setMemberships(admin, bob.id(), Set.of(support.id()));
            assertEquals(Set.of(support.id()), auth.login("bob", "bob-pass-123".toCharArray()).orElseThrow().groupIds());

            directory.resetPassword(admin, bob.id(), "new-bob-pass".toCharArray());
            assertTrue(auth.login("bob", "bob-pass-123".toCharArray()).isEmpty());
            assertTrue(auth.login("bob", "new-bob-pass".toCharArray()).isPresent());

            directory.setUserEnabled(admin, bob.id(), false);
            assertTrue(auth.login("bob", "new-bob-pass".toCharArray()).isEmpty(), "a disabled user cannot log in");

            assertThrows(ValidationException.class, () -> directory.setUserEnabled(admin, admin.userId(), false));
            assertThrows(ValidationException.class, () -> directory.updateUser(admin, admin.userId(), "Ada", null, Role.AGENT),
                    "the last administrator keeps the role");

            GroupInfo renamed = directory.updateGroup(admin, billing.id(), "Accounts", "renamed", AssignmentMode.LEAST_LOADED);
            assertEquals(AssignmentMode.LEAST_LOADED, renamed.assignmentMode());

            long audits = store.read(em -> em.createQuery("SELECT COUNT(a) FROM AuditEvent a", Long.class).getSingleResult());
            assertTrue(audits >= 10, "changes are audited, found " + audits);
            String hash = store.read(em -> em.createQuery("SELECT u.passwordHash FROM UserAccount u WHERE u.login = 'bob'", String.class)
                    .getSingleResult());
            assertFalse(hash.contains("new-bob-pass"));
            assertTrue(store.read(em -> em.createQuery("SELECT a FROM AuditEvent a", AuditEvent.class).getResultList())
                    .stream().noneMatch(a -> String.valueOf(a.getDetails()).contains("pass")), "no password in the audit log");
        } finally {
            TestDatabases.drop(settings);
        }
    }
}
