package org.emailresponder.manager.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.emailresponder.store.SqlValues;

/**
 * What of a folder is already stored: IMAP's UIDVALIDITY and highest stored UID (er_folder_state), POP3's UIDLs
 * (er_seen_uid). Written in the same transaction as the messages, so the two never disagree.
 */
public final class FolderStates {
    private FolderStates() {
    }

    /** The stored (uidValidity, lastUid), or null when the folder was never read. */
    public static long[] imapState(Connection c, long accountId, String folder) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT uid_validity, last_uid FROM er_folder_state WHERE account_id = ? AND folder = ?")) {
            st.setLong(1, accountId);
            st.setString(2, folder);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
            }
        }
    }

    public static void saveImapState(Connection c, long accountId, String folder, long uidValidity, long lastUid) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE er_folder_state SET uid_validity = ?, last_uid = ? WHERE account_id = ? AND folder = ?")) {
            update.setLong(1, uidValidity);
            update.setLong(2, lastUid);
            update.setLong(3, accountId);
            update.setString(4, folder);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO er_folder_state (account_id, folder, uid_validity, last_uid) VALUES (?,?,?,?)")) {
            insert.setLong(1, accountId);
            insert.setString(2, folder);
            insert.setLong(3, uidValidity);
            insert.setLong(4, lastUid);
            insert.executeUpdate();
        }
    }

    public static Set<String> seenUids(Connection c, long accountId, String folder) throws SQLException {
        Set<String> uids = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT uid FROM er_seen_uid WHERE account_id = ? AND folder = ?")) {
            st.setLong(1, accountId);
            st.setString(2, folder);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    uids.add(rs.getString(1));
                }
            }
        }
        return uids;
    }

    public record Seen(String uid, Long messageId) {
    }

    public static void saveSeen(Connection c, long accountId, String folder, List<Seen> seen, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO er_seen_uid (account_id, folder, uid, message_id, seen_at) VALUES (?,?,?,?,?)")) {
            for (Seen s : seen) {
                st.setLong(1, accountId);
                st.setString(2, folder);
                st.setString(3, s.uid());
                SqlValues.setLong(st, 4, s.messageId());
                st.setTimestamp(5, Sql.ts(now));
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
