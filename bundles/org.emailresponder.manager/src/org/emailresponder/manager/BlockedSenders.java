package org.emailresponder.manager;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.mail.SenderBlocklist;
import org.emailresponder.mail.SenderBlocklist.Kind;
import org.emailresponder.store.AuditLog;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.BlockedSender;

/**
 * The blocked-senders list for administrators (permission MANAGE_BLOCKED_SENDERS). Mail from a listed sender is still
 * downloaded and kept, but set aside as BLOCKED at download and never routed. Entries: an exact ADDRESS, a DOMAIN (its
 * subdomains too), or a PATTERN (a glob such as {@code *@*.spam.test}, or {@code re:} and a regular expression).
 */
public final class BlockedSenders {
    private static final int MAX_PATTERN = 500;
    private static final int MAX_REASON = 1000;

    /** One entry as the list shows it. */
    public record Entry(long id, Kind kind, String pattern, String reason, String createdBy, Instant createdAt) {
    }

    private final Store store;

    public BlockedSenders(Store store) {
        this.store = store;
    }

    public List<Entry> list(UserSession session) {
        session.require(Permission.MANAGE_BLOCKED_SENDERS);
        return store.read(em -> em.createQuery("SELECT b FROM BlockedSender b ORDER BY b.kind, b.pattern", BlockedSender.class)
                .getResultList().stream().map(BlockedSenders::entry).toList());
    }

    /** Adds an entry; the same kind and pattern twice is refused with a message saying so. */
    public Entry add(UserSession session, Kind kind, String pattern, String reason) {
        session.require(Permission.MANAGE_BLOCKED_SENDERS);
        String clean = validate(kind, pattern);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw new ValidationException("The reason is longer than " + MAX_REASON + " characters.");
        }
        return store.inTransaction(em -> {
            boolean known = !em.createQuery("SELECT b.id FROM BlockedSender b WHERE b.kind = :kind AND b.pattern = :pattern", Long.class)
                    .setParameter("kind", kind.name()).setParameter("pattern", clean).getResultList().isEmpty();
            if (known) {
                throw new ValidationException(kind.name().toLowerCase(Locale.ROOT) + " " + clean + " is blocked already.");
            }
            BlockedSender blocked = new BlockedSender();
            blocked.setKind(kind.name());
            blocked.setPattern(clean);
            blocked.setReason(why);
            blocked.setCreatedBy(session.login());
            blocked.setCreatedAt(Instant.now());
            em.persist(blocked);
            em.flush();
            AuditLog.record(em, session.login(), "blockedSender.add", "BlockedSender", blocked.getId(), kind + " " + clean);
            return entry(blocked);
        });
    }

    /** Removes an entry: the sender's next messages are routed again (messages already set aside stay BLOCKED). */
    public void remove(UserSession session, long id) {
        session.require(Permission.MANAGE_BLOCKED_SENDERS);
        store.inTransaction(em -> {
            BlockedSender blocked = em.find(BlockedSender.class, id);
            if (blocked == null) {
                throw new ValidationException("This blocked sender was removed meanwhile.");
            }
            em.remove(blocked);
            AuditLog.record(em, session.login(), "blockedSender.remove", "BlockedSender", id, blocked.getKind() + " " + blocked.getPattern());
            return null;
        });
    }

    /** The pattern as it will be stored, or a message that says what is wrong. */
    static String validate(Kind kind, String pattern) {
        if (kind == null) {
            throw new ValidationException("Choose what to block: an address, a domain or a pattern.");
        }
        String clean = pattern == null ? "" : pattern.strip();
        if (clean.isEmpty()) {
            throw new ValidationException("Enter the " + kind.name().toLowerCase(Locale.ROOT) + " to block.");
        }
        if (clean.length() > MAX_PATTERN) {
            throw new ValidationException("The " + kind.name().toLowerCase(Locale.ROOT) + " is longer than " + MAX_PATTERN + " characters.");
        }
        switch (kind) {
            case ADDRESS -> {
                clean = clean.toLowerCase(Locale.ROOT);
                if (!clean.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+")) {
                    throw new ValidationException("'" + clean + "' is not an e-mail address (name@example.com).");
                }
            }
            case DOMAIN -> {
                clean = clean.toLowerCase(Locale.ROOT).replaceFirst("^@", "").replaceFirst("^\\*\\.", "");
                if (!clean.matches("[a-z0-9\\p{L}]([a-z0-9\\p{L}-]*[a-z0-9\\p{L}])?(\\.[a-z0-9\\p{L}]([a-z0-9\\p{L}-]*[a-z0-9\\p{L}])?)+")) {
                    throw new ValidationException("'" + clean + "' is not a domain name (example.com).");
                }
            }
            case PATTERN -> {
                try {
                    SenderBlocklist.compile(clean);
                } catch (IllegalArgumentException e) {
                    throw new ValidationException(e.getMessage());
                }
                if (clean.equals("*") || clean.equals("re:.*") || clean.equals("re:")) {
                    throw new ValidationException("'" + clean + "' would block every sender.");
                }
            }
        }
        return clean;
    }

    private static Entry entry(BlockedSender b) {
        return new Entry(b.getId(), Kind.valueOf(b.getKind()), b.getPattern(), b.getReason(), b.getCreatedBy(), b.getCreatedAt());
    }
}
