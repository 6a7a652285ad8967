package org.emailresponder.templates.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;

import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.store.Store;

/** A fresh, migrated H2 file database per test (the store tests' helper is not visible to this fragment). */
final class FreshDatabase {
    static final UserSession ADMIN = new UserSession(1L, "admin", "Ada Admin", Role.ADMIN, Set.of());
    static final UserSession SUPERVISOR = new UserSession(102L, "sue", "Sue Supervisor", Role.SUPERVISOR, Set.of());

    private FreshDatabase() {
    }

    static Store open() {
        try {
            String file = Files.createTempDirectory("er-templates-test").resolve("db").toAbsolutePath().toString();
            return Store.open(new DatabaseSettings("jdbc:h2:file:" + file, "sa", ""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static UserSession agent(long id, Set<Long> groups) {
        return new UserSession(id, "agent" + id, "Agent " + id, Role.AGENT, groups);
    }
}
