package org.emailresponder.search.tests;

import java.time.Instant;
import java.util.UUID;

import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.MessageState;
import org.emailresponder.core.ReplyState;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.Contact;
import org.emailresponder.store.model.Message;
import org.emailresponder.store.model.Reply;
import org.emailresponder.store.model.Template;

/** Helpers that insert the few rows search tests need (into a {@code TestDatabases} store). */
final class StoreFixture {
    private StoreFixture() {
    }

    static long group(Store store, String name) {
        return store.inTransaction(em -> {
            AgentGroup g = new AgentGroup();
            g.setName(name);
            g.setAssignmentMode(AssignmentMode.MANUAL);
            g.setEnabled(true);
            em.persist(g);
            em.flush();
            return g.getId();
        });
    }

    static long message(Store store, Long groupId, String from, String subject, String body, String contactName) {
        return store.inTransaction(em -> {
            Message m = new Message();
            m.setDedupKey(UUID.randomUUID().toString());
            m.setFromAddress(from);
            m.setSubject(subject);
            m.setTextBody(body);
            m.setReceivedAt(Instant.now());
            m.setState(groupId == null ? MessageState.ANALYZED : MessageState.ROUTED);
            m.setGroup(groupId == null ? null : em.find(AgentGroup.class, groupId));
            if (contactName != null) {
                Contact c = new Contact();
                c.setFirstName(contactName);
                c.setCreatedAt(Instant.now());
                em.persist(c);
                m.setContact(c);
            }
            em.persist(m);
            em.flush();
            return m.getId();
        });
    }

    static long template(Store store, String name, String body, Long visibleToGroup) {
        return store.inTransaction(em -> {
            Template t = new Template();
            t.setName(name);
            t.setSubject(name);
            t.setBodyText(body);
            t.setLanguage("en");
            t.setEnabled(true);
            t.setUpdatedAt(Instant.now());
            if (visibleToGroup != null) {
                t.getVisibleTo().add(em.find(AgentGroup.class, visibleToGroup));
            }
            em.persist(t);
            em.flush();
            return t.getId();
        });
    }

    static void reply(Store store, long messageId, long templateId) {
        store.run(em -> {
            Reply r = new Reply();
            r.setMessage(em.find(Message.class, messageId));
            r.setTemplate(em.find(Template.class, templateId));
            r.setMessageIdHeader("<" + UUID.randomUUID() + "@test>");
            r.setToAddresses("customer@example.com");
            r.setState(ReplyState.values()[0]);
            r.setQueuedAt(Instant.now());
            em.persist(r);
        });
    }
}
