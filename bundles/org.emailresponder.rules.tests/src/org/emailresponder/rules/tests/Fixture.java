package org.emailresponder.rules.tests;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

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
import org.emailresponder.store.StoreUserDirectory;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.Message;
import org.emailresponder.store.model.MessageFact;
import org.emailresponder.store.tests.TestDatabases;

/** A fresh database with an admin, and helpers to add groups, agents and messages. */
final class Fixture implements AutoCloseable {
    final DatabaseSettings settings;
    final Store store;
    final UserSession admin;
    final StoreUserDirectory directory;

    Fixture(String kind) {
        settings = TestDatabases.fresh(kind);
        store = Store.open(settings);
        PasswordHasher hasher = new PasswordHasher(1_000);
        admin = new StoreAuthentication(store, hasher).createFirstAdmin("admin", "Ada Admin", "admin-pass-1".toCharArray());
        directory = new StoreUserDirectory(store, hasher);
    }

    GroupInfo group(String name, AssignmentMode mode) {
        return directory.createGroup(admin, name, null, mode);
    }

    UserSession agent(String login, long... groupIds) {
        Set<Long> groups = new java.util.HashSet<>();
        for (long id : groupIds) {
            groups.add(id);
        }
        UserInfo user = directory.createUser(admin, new NewUser(login, login.toUpperCase(), login + "@agents.example", Role.AGENT,
                "agent-pass-123".toCharArray(), groups));
        return new UserSession(user.id(), user.login(), user.displayName(), Role.AGENT, groups);
    }

    long message(String from, String subject, MessageState state, String... facts) {
        return store.inTransaction(em -> {
            Message m = new Message();
            m.setDedupKey(UUID.randomUUID().toString());
            m.setFromAddress(from);
            m.setSubject(subject);
            m.setTextBody("Hello,\n" + subject);
            m.setHeaders("From: " + from + "\nSubject: " + subject + "\nX-Mailer: test");
            m.setReceivedAt(Instant.now());
            m.setState(state);
            em.persist(m);
            for (int i = 0; i + 2 < facts.length; i += 3) {
                MessageFact fact = new MessageFact();
                fact.setMessage(m);
                fact.setAnalyzer("test");
                fact.setFactKey(facts[i]);
                fact.setFactValue(facts[i + 1]);
                fact.setConfidence(Double.parseDouble(facts[i + 2]));
                em.persist(fact);
            }
            em.flush();
            return m.getId();
        });
    }

    /** A message already routed to a group (for claims). */
    long routedMessage(long groupId, String subject) {
        long id = message("customer@example.org", subject, MessageState.ROUTED);
        store.run(em -> em.find(Message.class, id).setGroup(em.find(AgentGroup.class, groupId)));
        return id;
    }

    Message load(long id) {
        return store.read(em -> {
            Message m = em.find(Message.class, id, java.util.Map.of("jakarta.persistence.cache.retrieveMode",
                    jakarta.persistence.CacheRetrieveMode.BYPASS));
            if (m.getGroup() != null) {
                m.getGroup().getName();
            }
            if (m.getAssignee() != null) {
                m.getAssignee().getLogin();
            }
            m.getRoutingExplanation();
            return m;
        });
    }

    @Override
    public void close() {
        store.close();
        TestDatabases.drop(settings);
    }
}
