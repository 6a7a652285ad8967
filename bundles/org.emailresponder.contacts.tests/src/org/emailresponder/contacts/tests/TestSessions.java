package org.emailresponder.contacts.tests;

import java.util.Set;

import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;

/** The signed-in users of these tests (databases come from the store tests' {@code TestDatabases}). */
final class TestSessions {
    static final UserSession AGENT = new UserSession(101L, "bob", "Bob Agent", Role.AGENT, Set.of());
    static final UserSession SUPERVISOR = new UserSession(102L, "sue", "Sue Supervisor", Role.SUPERVISOR, Set.of());

    private TestSessions() {
    }
}
