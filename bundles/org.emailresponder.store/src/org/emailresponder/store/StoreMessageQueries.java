package org.emailresponder.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.emailresponder.core.MessageState;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.service.MessageDetails;
import org.emailresponder.core.service.MessageDetails.Fact;
import org.emailresponder.core.service.MessageQueries;
import org.emailresponder.core.service.MessageSummary;
import org.emailresponder.store.model.Message;

/** Message reads with the group check done in the query, not left to the caller. */
public final class StoreMessageQueries implements MessageQueries {
    private static final String SUMMARY = "SELECT NEW org.emailresponder.core.service.MessageSummary(m.id, m.fromAddress, m.fromName, "
            + "m.subject, m.receivedAt, m.state, g.id, a.login, m.priority) FROM Message m LEFT JOIN m.group g LEFT JOIN m.assignee a ";

    private final Store store;

    public StoreMessageQueries(Store store) {
        this.store = store;
    }

    @Override
    public List<MessageSummary> queue(UserSession session, long groupId, List<MessageState> states, int limit) {
        session.requireGroup(groupId);
        return store.read(em -> em.createQuery(SUMMARY + "WHERE g.id = :group AND m.state IN :states ORDER BY m.receivedAt DESC",
                MessageSummary.class).setParameter("group", groupId).setParameter("states", states).setMaxResults(limit).getResultList());
    }

    @Override
    public Optional<MessageSummary> message(UserSession session, long messageId) {
        Optional<MessageSummary> found = store.read(em -> em.createQuery(SUMMARY + "WHERE m.id = :id", MessageSummary.class)
                .setParameter("id", messageId).getResultStream().findFirst());
        found.ifPresent(summary -> session.requireGroup(summary.groupId()));
        return found;
    }

    @Override
    public Optional<MessageDetails> details(UserSession session, long messageId) {
        return message(session, messageId).map(summary -> store.read(em -> {
            Object[] row = em.createQuery("SELECT g.name, m.toAddresses, m.ccAddresses, m.claimExpiresAt, m.tags, m.routingExplanation,"
                    + " m.textBody, m.htmlBody FROM Message m LEFT JOIN m.group g WHERE m.id = :id", Object[].class)
                    .setParameter("id", messageId).getSingleResult();
            List<Fact> facts = em.createQuery("SELECT f.factKey, f.factValue, f.confidence FROM MessageFact f WHERE f.message.id = :id"
                    + " ORDER BY f.factKey, f.confidence DESC, f.id", Object[].class).setParameter("id", messageId).getResultStream()
                    .map(f -> new Fact((String) f[0], (String) f[1], ((Number) f[2]).doubleValue())).toList();
            return new MessageDetails(summary, (String) row[0], (String) row[1], (String) row[2], (Instant) row[3], (String) row[4],
                    (String) row[5], facts, (String) row[6], (String) row[7]);
        }));
    }

    @Override
    public String textBody(UserSession session, long messageId) {
        message(session, messageId).orElseThrow(() -> new IllegalArgumentException("No message " + messageId));
        return store.read(em -> em.find(Message.class, messageId).getTextBody());
    }
}
