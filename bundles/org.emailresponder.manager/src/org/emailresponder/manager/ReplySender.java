package org.emailresponder.manager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailSecurity;
import org.emailresponder.mail.OutgoingMailer;
import org.emailresponder.manager.internal.QueuedReply;
import org.emailresponder.manager.internal.Sql;
import org.emailresponder.store.SqlValues;
import org.emailresponder.store.Store;

/**
 * Sends queued replies: QUEUED → (conditional UPDATE, so one Manager wins) SENDING → SENT, or back to QUEUED with
 * attempts + 1, the error and an exponentially later next attempt, and FAILED after {@link Policy#maxAttempts}.
 *
 * <p>Crash policy: a reply left in SENDING longer than {@link Policy#sendingLease} (its Manager died during the SMTP
 * transaction) is put back to QUEUED and sent again. The server may already have accepted it, so a crash causes at
 * most one extra delivery of the replies that were in flight; the recipient sees the same Message-ID twice.
 */
public final class ReplySender {
    private final Store store;
    private final TransportLookup transports;
    private final LongFunction<AccountConfig> accounts;
    private final Policy policy;
    private final String owner;

    /** Limits of the outbox. */
    public record Policy(int maxAttempts, Duration firstRetry, Duration maxRetry, Duration sendingLease, int batchSize, MailSecurity security) {
        public static Policy defaults() {
            return new Policy(8, Duration.ofSeconds(30), Duration.ofHours(2), Duration.ofMinutes(5), 200, MailSecurity.defaults());
        }

        Duration retryAfter(int attempts) {
            Duration delay = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
            return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
        }
    }

    public ReplySender(Store store, TransportLookup transports, LongFunction<AccountConfig> accounts, Policy policy, String owner) {
        this.store = store;
        this.transports = transports;
        this.accounts = accounts;
        this.policy = policy;
        this.owner = owner;
    }

    /** Sends what is due now, until nothing is due. */
    public SendResult sendDue() throws SQLException {
        SendResult total = new SendResult(0, 0, 0, recoverStale());
        while (true) {
            List<QueuedReply> claimed = claim();
            if (claimed.isEmpty()) {
                return total;
            }
            total = total.plus(send(claimed));
        }
    }

    /** Re-queues replies whose sender crashed in SENDING (see the class comment). */
    int recoverStale() throws SQLException {
        try (Connection c = store.connection(); PreparedStatement st = c.prepareStatement("UPDATE er_reply SET state = 'QUEUED', "
                + "sending_owner = NULL, sending_since = NULL, last_error = ?, next_attempt_at = ? WHERE state = 'SENDING' AND sending_since < ?")) {
            Instant now = Instant.now();
            st.setString(1, "re-queued: the Manager sending it stopped during the SMTP transaction (may be delivered twice)");
            st.setTimestamp(2, Sql.ts(now));
            st.setTimestamp(3, Sql.ts(now.minus(policy.sendingLease())));
            return st.executeUpdate();
        }
    }

    private List<QueuedReply> claim() throws SQLException {
        Instant now = Instant.now();
        List<Long> candidates = new ArrayList<>();
        try (Connection c = store.connection(); PreparedStatement st = c.prepareStatement("SELECT id FROM er_reply WHERE state = 'QUEUED' "
                + "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY queued_at, id")) {
            st.setMaxRows(policy.batchSize());
            st.setTimestamp(1, Sql.ts(now));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getLong(1));
                }
            }
            List<QueuedReply> claimed = new ArrayList<>();
            try (PreparedStatement take = c.prepareStatement("UPDATE er_reply SET state = 'SENDING', sending_owner = ?, sending_since = ? "
                    + "WHERE id = ? AND state = 'QUEUED'")) {
                for (long id : candidates) {
                    take.setString(1, owner);
                    take.setTimestamp(2, Sql.ts(now));
                    take.setLong(3, id);
                    if (take.executeUpdate() == 1) {
                        claimed.add(load(c, id));
                    }
                }
            }
            return claimed;
        }
    }

    private static QueuedReply load(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT message_id_header, in_reply_to, references_header, from_address, "
                + "to_addresses, cc_addresses, bcc_addresses, subject, text_body, html_body, automatic FROM er_reply WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new QueuedReply(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11));
            }
        }
    }

    private Map<Long, List<QueuedReply>> byAccount(List<QueuedReply> replies) throws SQLException {
        Map<Long, List<QueuedReply>> groups = new HashMap<>();
        try (Connection c = store.connection()) {
            for (QueuedReply reply : replies) {
                Long account = Sql.queryLong(c, "SELECT account_id FROM er_reply WHERE id = ?", reply.id());
                groups.computeIfAbsent(account == null ? -1L : account, k -> new ArrayList<>()).add(reply);
            }
        }
        return groups;
    }

    private SendResult send(List<QueuedReply> claimed) throws SQLException {
        SendResult total = SendResult.NONE;
        for (Map.Entry<Long, List<QueuedReply>> group : byAccount(claimed).entrySet()) {
            total = total.plus(sendForAccount(group.getKey(), group.getValue()));
        }
        return total;
    }

    private SendResult sendForAccount(long accountId, List<QueuedReply> replies) throws SQLException {
        AccountConfig account = accountId < 0 ? null : accounts.apply(accountId);
        if (account == null || account.outgoingUrl() == null) {
            return failAll(replies, "the mail account has no outgoing server");
        }
        MailEndpoint endpoint;
        try {
            endpoint = transports.endpoint(account.outgoingUrl(), account.outgoingSecret());
        } catch (MailException e) {
            return failAll(replies, e.getMessage());
        }
        SendResult result = SendResult.NONE;
        try (OutgoingMailer mailer = transports.forScheme(endpoint.protocol()).openOutgoing(endpoint, policy.security())) {
            for (QueuedReply reply : replies) {
                result = result.plus(sendOne(mailer, reply, account));
            }
        } catch (MailException e) {
            // connection-level failure: the replies not yet sent in this group go back to the queue
            result = result.plus(failAll(unsent(replies), e.getMessage()));
        }
        return result;
    }

    private SendResult sendOne(OutgoingMailer mailer, QueuedReply reply, AccountConfig account) throws SQLException, MailException {
        try {
            byte[] raw = reply.toMime(account.fromAddress());
            String envelopeFrom = reply.from() != null ? reply.from() : account.fromAddress();
            mailer.send(raw, envelopeFrom == null ? "" : envelopeFrom, reply.recipients());
        } catch (MailException e) {
            if (e.kind() == MailException.Kind.CONNECTION) {
                throw e;
            }
            return retryOrFail(reply.id(), e.getMessage());
        } catch (Exception e) {
            return retryOrFail(reply.id(), "the reply cannot be built: " + e.getMessage());
        }
        markSent(reply.id());
        return new SendResult(1, 0, 0, 0);
    }

    private List<QueuedReply> unsent(List<QueuedReply> replies) throws SQLException {
        List<QueuedReply> left = new ArrayList<>();
        try (Connection c = store.connection()) {
            for (QueuedReply reply : replies) {
                if (Sql.queryLong(c, "SELECT id FROM er_reply WHERE id = ? AND state = 'SENDING'", reply.id()) != null) {
                    left.add(reply);
                }
            }
        }
        return left;
    }

    private void markSent(long id) throws SQLException {
        try (Connection c = store.connection(); PreparedStatement st = c.prepareStatement("UPDATE er_reply SET state = 'SENT', sent_at = ?, "
                + "sending_owner = NULL, last_error = NULL, attempts = attempts + 1 WHERE id = ? AND state = 'SENDING' AND sending_owner = ?")) {
            st.setTimestamp(1, Sql.ts(Instant.now()));
            st.setLong(2, id);
            st.setString(3, owner);
            st.executeUpdate();
        }
    }

    private SendResult failAll(List<QueuedReply> replies, String error) throws SQLException {
        SendResult total = SendResult.NONE;
        for (QueuedReply reply : replies) {
            total = total.plus(retryOrFail(reply.id(), error));
        }
        return total;
    }

    private SendResult retryOrFail(long id, String error) throws SQLException {
        try (Connection c = store.connection()) {
            Long attempts = Sql.queryLong(c, "SELECT CAST(attempts AS BIGINT) FROM er_reply WHERE id = ?", id);
            int next = attempts == null ? 1 : attempts.intValue() + 1;
            boolean give = next >= policy.maxAttempts();
            try (PreparedStatement st = c.prepareStatement("UPDATE er_reply SET state = ?, attempts = ?, last_error = ?, next_attempt_at = ?, "
                    + "sending_owner = NULL, sending_since = NULL WHERE id = ? AND state = 'SENDING'")) {
                st.setString(1, give ? "FAILED" : "QUEUED");
                st.setInt(2, next);
                st.setString(3, SqlValues.fit(error, 2000));
                st.setTimestamp(4, give ? null : Sql.ts(Instant.now().plus(policy.retryAfter(next))));
                st.setLong(5, id);
                st.executeUpdate();
            }
            return give ? new SendResult(0, 0, 1, 0) : new SendResult(0, 1, 0, 0);
        }
    }
}
