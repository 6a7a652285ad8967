package org.emailresponder.manager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.emailresponder.core.MessageState;
import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.mail.MailAddress;
import org.emailresponder.mail.OwnMessageIds;
import org.emailresponder.mail.SubjectTag;
import org.emailresponder.manager.internal.Sql;
import org.emailresponder.store.SequenceIds;
import org.emailresponder.store.SqlValues;
import org.emailresponder.store.Store;

/**
 * Queues replies for the Manager to send. The Message-ID is assigned here, once, so a reply keeps its identity
 * through retries and crashes; threading headers (In-Reply-To, References) and the subject tag come from the message
 * answered. Automatic replies are never sent to automatic mail and at most {@value #AUTO_PER_DAY} a day per address:
 * that is what stops mail loops with other auto-responders.
 */
public final class ReplyQueue {
    static final int AUTO_PER_DAY = 3;

    private final Store store;
    private final SequenceIds replyIds;

    public ReplyQueue(Store store) {
        this.store = store;
        this.replyIds = new SequenceIds(store.platform(), "er_reply_seq");
    }

    private record Answered(long conversationId, Long groupId, Long accountId, String messageId, String references, String from,
            String replyTo, String subject, MessageState state, String accountFrom) {
    }

    /** Queues the reply and returns its id. The caller must be allowed to answer messages of the message's group. */
    public long queue(UserSession session, ReplyDraft draft) {
        session.require(Permission.ANSWER_MESSAGES);
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                Answered original = load(c, draft.messageId());
                session.requireGroup(original.groupId());
                if (!draft.automatic() && session.userId() > 0) {
                    markAnswered(c, session, draft.messageId(), original.state());
                }
                long id = insert(c, session, draft, original);
                c.commit();
                evictMessage(draft.messageId());
                return id;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The reply cannot be queued: " + e.getMessage(), e);
        }
    }

    /**
     * A person's reply answers the message: it leaves the queue as ANSWERED by that person, and its claim ends. Refused
     * while someone else holds a live claim on it (nobody replies to a message another agent is working on); a free,
     * expired or own claim is fine. Messages already answered, or never queued (blocked, spam ...), keep their state.
     */
    private static void markAnswered(Connection c, UserSession session, long messageId, MessageState state) throws SQLException {
        if (state != MessageState.ROUTED && state != MessageState.CLAIMED) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE er_message SET state = 'ANSWERED', assignee_id = ?, claimed_at = NULL,"
                + " claim_expires_at = NULL, version = version + 1 WHERE id = ? AND state IN ('ROUTED', 'CLAIMED')"
                + " AND (assignee_id IS NULL OR assignee_id = ? OR claim_expires_at < ?)")) {
            st.setLong(1, session.userId());
            st.setLong(2, messageId);
            st.setLong(3, session.userId());
            st.setTimestamp(4, Sql.ts(Instant.now()));
            if (st.executeUpdate() == 0) {
                throw new ValidationException(holderOf(c, messageId) + " is working on this message; reply when they release it");
            }
        }
    }

    private static String holderOf(Connection c, long messageId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT u.login, m.claim_expires_at FROM er_message m JOIN er_user u ON u.id = m.assignee_id"
                + " WHERE m.id = ?")) {
            st.setLong(1, messageId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return "Another agent";
                }
                Instant until = Sql.instant(rs.getTimestamp(2));
                return until == null ? rs.getString(1) : rs.getString(1) + " (claimed until " + until + ")";
            }
        }
    }

    /** The entity cache must not keep serving the message's state from before this plain JDBC update. */
    private void evictMessage(long messageId) {
        store.emf().getCache().evict(org.emailresponder.store.model.Message.class, messageId);
    }

    private static Answered load(Connection c, long messageId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT m.conversation_id, m.group_id, m.account_id, m.message_id_header, "
                + "m.references_header, m.from_address, m.reply_to, m.subject, m.state, a.from_address FROM er_message m "
                + "LEFT JOIN er_mail_account a ON a.id = m.account_id WHERE m.id = ?")) {
            st.setLong(1, messageId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) {
                    throw new ValidationException("There is no message " + messageId + " to answer");
                }
                return new Answered(rs.getLong(1), (Long) rs.getObject(2, Long.class), (Long) rs.getObject(3, Long.class), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), MessageState.valueOf(rs.getString(9)),
                        rs.getString(10));
            }
        }
    }

    private long insert(Connection c, UserSession session, ReplyDraft draft, Answered original) throws SQLException {
        String to = draft.to() != null && !draft.to().isBlank() ? draft.to()
                : original.replyTo() != null ? firstAddress(original.replyTo()) : original.from();
        checkHeaderSafe(to, draft.cc(), draft.bcc(), draft.subject());
        if (to == null || to.isBlank()) {
            throw new ValidationException("The reply has no recipient");
        }
        if (draft.automatic()) {
            guardLoop(c, original, to);
        }
        long id = replyIds.next(c);
        String messageId = OwnMessageIds.create(original.conversationId(), original.accountFrom());
        try (PreparedStatement st = c.prepareStatement("INSERT INTO er_reply (id, message_id, conversation_id, account_id, author_id, "
                + "template_id, message_id_header, in_reply_to, references_header, from_address, to_addresses, cc_addresses, "
                + "bcc_addresses, subject, text_body, html_body, automatic, state, attempts, queued_at, next_attempt_at, version) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'QUEUED',0,?,?,1)")) {
            Instant now = Instant.now();
            st.setLong(1, id);
            st.setLong(2, draft.messageId());
            st.setLong(3, original.conversationId());
            SqlValues.setLong(st, 4, original.accountId());
            SqlValues.setLong(st, 5, session.userId() > 0 ? session.userId() : null);
            SqlValues.setLong(st, 6, draft.templateId());
            st.setString(7, messageId);
            st.setString(8, original.messageId());
            st.setString(9, references(original));
            st.setString(10, original.accountFrom());
            st.setString(11, to);
            st.setString(12, draft.cc());
            st.setString(13, draft.bcc());
            st.setString(14, SqlValues.fit(taggedSubject(draft.subject(), original), 1000));
            st.setString(15, draft.textBody());
            st.setString(16, draft.htmlBody());
            st.setBoolean(17, draft.automatic());
            st.setTimestamp(18, Sql.ts(now));
            st.setTimestamp(19, Sql.ts(now));
            st.executeUpdate();
        }
        return id;
    }

    private static void guardLoop(Connection c, Answered original, String to) throws SQLException {
        if (original.state() == MessageState.AUTO_REPLY || original.state() == MessageState.BOUNCE
                || original.state() == MessageState.BLOCKED || original.state() == MessageState.QUARANTINED) {
            throw new ValidationException("No automatic reply to a message in state " + original.state() + " (mail loop guard)");
        }
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM er_reply WHERE automatic = ? AND to_addresses = ? AND queued_at > ?")) {
            st.setBoolean(1, true);
            st.setString(2, to);
            st.setTimestamp(3, Sql.ts(Instant.now().minus(Duration.ofDays(1))));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                if (rs.getInt(1) >= AUTO_PER_DAY) {
                    throw new ValidationException("Already " + AUTO_PER_DAY + " automatic replies to " + to + " today (mail loop guard)");
                }
            }
        }
    }

    private static String references(Answered original) {
        String refs = original.references() == null ? "" : original.references().strip();
        if (original.messageId() != null && !refs.contains(original.messageId())) {
            refs = (refs + " " + original.messageId()).strip();
        }
        return refs.isEmpty() ? null : refs;
    }

    private static String taggedSubject(String subject, Answered original) {
        String base = subject != null && !subject.isBlank() ? subject.strip()
                : "Re: " + (original.subject() == null ? "" : original.subject().strip());
        return SubjectTag.tagged(base, original.conversationId());
    }

    /** The first usable address of a stored address list, lower case, or null. */
    private static String firstAddress(String list) {
        return MailAddress.parseList(list).stream().map(MailAddress::normalized).filter(a -> a.indexOf('@') > 0).findFirst().orElse(null);
    }

    private static void checkHeaderSafe(String... values) {
        for (String value : values) {
            if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
                throw new ValidationException("Line breaks are not allowed in addresses or the subject");
            }
        }
    }
}
