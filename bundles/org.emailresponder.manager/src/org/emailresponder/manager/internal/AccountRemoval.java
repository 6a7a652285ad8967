package org.emailresponder.manager.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.emailresponder.core.ValidationException;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.MailAccount;
import org.emailresponder.store.model.Message;
import org.emailresponder.store.model.Reply;

/**
 * Deletes a mail account in one transaction. Stored messages and sent replies stay (their account becomes empty),
 * so conversations and history are untouched; only the download bookkeeping (folder positions, seen POP3 UIDLs,
 * the account's lease) goes. Should the same mailbox be added again, the dedup keys skip what is already stored.
 * Refused while replies still wait to be sent through the account or a Manager is downloading from it.
 */
public final class AccountRemoval {

    private AccountRemoval() {
    }

    public static long storedMessages(Store store, long accountId) throws SQLException {
        try (Connection c = store.connection()) {
            return count(c, "SELECT COUNT(*) FROM er_message WHERE account_id = ?", accountId);
        }
    }

    /** Deletes the account; returns how many stored messages were kept. */
    public static long remove(Store store, long accountId) throws SQLException {
        long kept;
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                refuseWhileBusy(c, accountId);
                kept = count(c, "SELECT COUNT(*) FROM er_message WHERE account_id = ?", accountId);
                update(c, "UPDATE er_message SET account_id = NULL WHERE account_id = ?", accountId);
                update(c, "UPDATE er_reply SET account_id = NULL WHERE account_id = ?", accountId);
                update(c, "DELETE FROM er_seen_uid WHERE account_id = ?", accountId);
                update(c, "DELETE FROM er_folder_state WHERE account_id = ?", accountId);
                update(c, "DELETE FROM er_lease WHERE name = ?", "account:" + accountId);
                if (update(c, "DELETE FROM er_mail_account WHERE id = ?", accountId) == 0) {
                    throw new ValidationException("There is no mail account with id " + accountId);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        // JPA caches entities that pointed at the account; the rows changed behind its back
        store.emf().getCache().evict(MailAccount.class, accountId);
        store.emf().getCache().evict(Message.class);
        store.emf().getCache().evict(Reply.class);
        return kept;
    }

    private static void refuseWhileBusy(Connection c, long accountId) throws SQLException {
        long waiting = count(c, "SELECT COUNT(*) FROM er_reply WHERE account_id = ? AND state IN ('QUEUED', 'SENDING')", accountId);
        if (waiting > 0) {
            throw new ValidationException(waiting + " replies still wait to be sent through this account. Disable the account "
                    + "instead, or delete it once they are sent.");
        }
        try (PreparedStatement st = c.prepareStatement("SELECT owner FROM er_lease WHERE name = ? AND owner IS NOT NULL AND until_time > ?")) {
            st.setString(1, "account:" + accountId);
            st.setTimestamp(2, Sql.ts(Instant.now()));
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    throw new ValidationException("A Manager (" + rs.getString(1) + ") is downloading from this account right now. "
                            + "Disable the account, wait a moment and delete it then.");
                }
            }
        }
    }

    private static long count(Connection c, String sql, long accountId) throws SQLException {
        Long value = Sql.queryLong(c, sql, accountId);
        return value == null ? 0 : value;
    }

    private static int update(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, parameter);
            return st.executeUpdate();
        }
    }
}
