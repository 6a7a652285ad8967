package org.emailresponder.rules.claims;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.emailresponder.core.MessageState;
import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.store.AuditLog;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.UserAccount;

/**
 * Claims: one agent at a time holds a routed message. A claim is a single conditional UPDATE (free, expired, or
 * already mine) that also bumps the version, so two agents can never both win; it expires after an idle time
 * unless {@link #touch} extends it.
 */
public final class ClaimService {
    private static final String ENTITY = "Message";
    private static final List<MessageState> CLAIMABLE = List.of(MessageState.ROUTED, MessageState.CLAIMED);

    private final Store store;
    private final Duration idleTimeout;
    private final Clock clock;

    public ClaimService(Store store, Duration idleTimeout) {
        this(store, idleTimeout, Clock.systemUTC());
    }

    public ClaimService(Store store, Duration idleTimeout, Clock clock) {
        this.store = store;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    /** Claims the message for the session user; requires membership of the message's group. */
    public ClaimResult claim(UserSession session, long messageId) {
        session.require(Permission.ANSWER_MESSAGES);
        session.requireGroup(groupOf(messageId));
        Instant now = Instant.now(clock);
        Instant expires = now.plus(idleTimeout);
        int updated;
        try {
            updated = store.inTransaction(em -> {
                int count = em.createQuery("UPDATE Message m SET m.assignee = :user, m.claimedAt = :now, m.claimExpiresAt = :expires,"
                        + " m.state = :claimed, m.version = m.version + 1 WHERE m.id = :id AND m.state IN :states"
                        + " AND (m.assignee IS NULL OR m.assignee = :user OR m.claimExpiresAt < :now)")
                        .setParameter("user", em.getReference(UserAccount.class, session.userId())).setParameter("now", now)
                        .setParameter("expires", expires).setParameter("claimed", MessageState.CLAIMED)
                        .setParameter("id", messageId).setParameter("states", CLAIMABLE).executeUpdate();
                if (count == 1) {
                    AuditLog.record(em, session.login(), "message.claim", ENTITY, messageId, "until " + expires);
                }
                return count;
            });
        } catch (PersistenceException e) {
            // the database refused a concurrent update of the same row: the other agent won
            updated = 0;
        }
        evict(messageId);
        if (updated == 1) {
            return new ClaimResult(true, messageId, session.login(), expires, null);
        }
        return refused(messageId);
    }

    /** Gives the message back to its group; only the holder can. */
    public boolean release(UserSession session, long messageId) {
        return changeOwn(session, messageId, "message.release", em -> em.createQuery("UPDATE Message m SET m.assignee = NULL,"
                + " m.claimedAt = NULL, m.claimExpiresAt = NULL, m.state = :routed, m.version = m.version + 1"
                + " WHERE m.id = :id AND m.assignee.id = :user AND m.state = :claimed")
                .setParameter("routed", MessageState.ROUTED));
    }

    /** Extends the holder's claim by the idle time (call it while the agent works on the message). */
    public boolean touch(UserSession session, long messageId) {
        Instant expires = Instant.now(clock).plus(idleTimeout);
        return changeOwn(session, messageId, null, em -> em.createQuery("UPDATE Message m SET m.claimExpiresAt = :expires,"
                + " m.version = m.version + 1 WHERE m.id = :id AND m.assignee.id = :user AND m.state = :claimed")
                .setParameter("expires", expires));
    }

    /** Returns idle claims to their groups (run by the Manager); returns how many. */
    public int releaseExpired(UserSession session) {
        session.require(Permission.RUN_MANAGER);
        Instant now = Instant.now(clock);
        int released = store.inTransaction(em -> {
            int count = em.createQuery("UPDATE Message m SET m.assignee = NULL, m.claimedAt = NULL, m.claimExpiresAt = NULL,"
                    + " m.state = :routed, m.version = m.version + 1 WHERE m.state = :claimed AND m.claimExpiresAt < :now")
                    .setParameter("routed", MessageState.ROUTED).setParameter("claimed", MessageState.CLAIMED)
                    .setParameter("now", now).executeUpdate();
            if (count > 0) {
                AuditLog.record(em, session.login(), "message.claims-expired", ENTITY, null, count + " idle claim(s) released");
            }
            return count;
        });
        store.emf().getCache().evict(org.emailresponder.store.model.Message.class);
        return released;
    }

    private boolean changeOwn(UserSession session, long messageId, String auditAction,
            java.util.function.Function<EntityManager, jakarta.persistence.Query> update) {
        session.require(Permission.ANSWER_MESSAGES);
        int count = store.inTransaction(em -> {
            int n = update.apply(em).setParameter("id", messageId).setParameter("user", session.userId())
                    .setParameter("claimed", MessageState.CLAIMED).executeUpdate();
            if (n == 1 && auditAction != null) {
                AuditLog.record(em, session.login(), auditAction, ENTITY, messageId, null);
            }
            return n;
        });
        evict(messageId);
        return count == 1;
    }

    private ClaimResult refused(long messageId) {
        Object[] row = store.read(em -> em.createQuery("SELECT m.state, u.login, m.claimExpiresAt FROM Message m"
                + " LEFT JOIN m.assignee u WHERE m.id = :id", Object[].class).setParameter("id", messageId).getSingleResult());
        MessageState state = (MessageState) row[0];
        String reason = CLAIMABLE.contains(state) ? "held by " + row[1] : "a message in state " + state + " cannot be claimed";
        return new ClaimResult(false, messageId, (String) row[1], (Instant) row[2], reason);
    }

    private Long groupOf(long messageId) {
        List<Long> groups = store.read(em -> em.createQuery("SELECT g.id FROM Message m LEFT JOIN m.group g WHERE m.id = :id",
                Long.class).setParameter("id", messageId).getResultList());
        if (groups.isEmpty()) {
            throw new ValidationException("Message " + messageId + " does not exist");
        }
        return groups.get(0);
    }

    private void evict(long messageId) {
        store.emf().getCache().evict(org.emailresponder.store.model.Message.class, messageId);
    }
}
