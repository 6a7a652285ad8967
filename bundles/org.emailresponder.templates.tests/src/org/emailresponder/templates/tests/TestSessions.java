package org.emailresponder.templates.tests;

import java.util.Set;

import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;

/** The signed-in users of these tests (databases come from the store tests' {@code TestDatabases}). */
final class TestSessions {
    static final UserSession ADMIN = new UserSession(1L, "admin", "Ada Admin", Role.ADMIN, Set.of());
    static final UserSession SUPERVISOR = new UserSession(102L, "sue", "Sue Supervisor", Role.SUPERVISOR, Set.of());

    private TestSessions() {
    }

    static UserSession agent(long id, Set<Long> groups) {
        return new UserSession(id, "agent" + id, "Agent " + id, Role.AGENT, groups);
    }
}
