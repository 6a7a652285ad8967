package org.emailresponder.rules.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.emailresponder.core.UserSession;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.Message;
import org.emailresponder.store.model.Notification;
import org.emailresponder.store.model.UserAccount;

/**
 * Notification rows per user. Workbenches poll {@link #unread} with the highest id they have seen: one indexed
 * range scan on (user_id, id), cheap enough for every client to call every few seconds.
 */
public final class NotificationService {
    public static final String ROUTED = "ROUTED";
    public static final String ASSIGNED = "ASSIGNED";
    private static final int MAX_TEXT = 1000;
    private static final int PAGE = 100;

    private final Store store;
    private final Clock clock;

    public NotificationService(Store store) {
        this(store, Clock.systemUTC());
    }

    public NotificationService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Adds one notification per user inside the caller's transaction (so it exists exactly when the change does). */
    public static int notifyUsers(EntityManager em, Collection<UserAccount> users, Message message, String kind, String text,
            Instant now) {
        for (UserAccount user : users) {
            Notification notification = new Notification();
            notification.setUser(user);
            notification.setMessage(message);
            notification.setKind(kind);
            notification.setTextValue(text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT));
            notification.setCreatedAt(now);
            em.persist(notification);
        }
        return users.size();
    }

    /** The session user's unread notifications with an id above {@code afterId}, oldest first, at most 100. */
    public List<NotificationInfo> unread(UserSession session, long afterId) {
        return store.read(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, message_id, kind, text_value, created_at FROM er_notification"
                    + " WHERE user_id = ? AND id > ? AND read_at IS NULL ORDER BY id")
                    .setParameter(1, session.userId()).setParameter(2, afterId).setMaxResults(PAGE).getResultList();
            return rows.stream().map(NotificationService::info).toList();
        });
    }

    public long unreadCount(UserSession session) {
        return store.read(em -> em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.user.id = :user AND n.readAt IS NULL",
                Long.class).setParameter("user", session.userId()).getSingleResult());
    }

    /** Marks the given notifications of the session user read; ids of other users are ignored. */
    public int markRead(UserSession session, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return store.inTransaction(em -> em.createQuery("UPDATE Notification n SET n.readAt = :now"
                + " WHERE n.user.id = :user AND n.id IN :ids AND n.readAt IS NULL")
                .setParameter("now", Instant.now(clock)).setParameter("user", session.userId()).setParameter("ids", ids)
                .executeUpdate());
    }

    /** Marks every notification of the session user up to and including {@code upToId} read. */
    public int markAllRead(UserSession session, long upToId) {
        return store.inTransaction(em -> em.createQuery("UPDATE Notification n SET n.readAt = :now"
                + " WHERE n.user.id = :user AND n.id <= :upTo AND n.readAt IS NULL")
                .setParameter("now", Instant.now(clock)).setParameter("user", session.userId()).setParameter("upTo", upToId)
                .executeUpdate());
    }

    private static NotificationInfo info(Object[] row) {
        Long messageId = row[1] == null ? null : ((Number) row[1]).longValue();
        return new NotificationInfo(((Number) row[0]).longValue(), messageId, (String) row[2], (String) row[3], instant(row[4]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Instant instant ? instant : null;
    }
}
