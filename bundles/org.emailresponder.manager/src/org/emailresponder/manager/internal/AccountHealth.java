package org.emailresponder.manager.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.emailresponder.store.SqlValues;
import org.emailresponder.store.Store;

/**
 * Records how an account's last poll went. A failure (wrong password, unreachable server) only affects that account:
 * status ERROR, the reason, a failure count and a next poll pushed out by exponential backoff (capped at an hour).
 */
public final class AccountHealth {
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private AccountHealth() {
    }

    public static Duration backoff(int pollSeconds, int failures) {
        long seconds = Math.max(5, pollSeconds) * (1L << Math.min(failures, 16));
        return seconds > MAX_BACKOFF.toSeconds() ? MAX_BACKOFF : Duration.ofSeconds(seconds);
    }

    public static void succeeded(Store store, long accountId, int pollSeconds) throws SQLException {
        Instant now = Instant.now();
        try (Connection c = store.connection(); PreparedStatement st = c.prepareStatement("UPDATE er_mail_account SET status = 'OK', "
                + "last_error = NULL, failure_count = 0, last_poll_at = ?, next_poll_at = ? WHERE id = ?")) {
            st.setTimestamp(1, Sql.ts(now));
            st.setTimestamp(2, Sql.ts(now.plusSeconds(pollSeconds)));
            st.setLong(3, accountId);
            st.executeUpdate();
        }
    }

    public static void failed(Store store, long accountId, int pollSeconds, String status, String error) throws SQLException {
        Instant now = Instant.now();
        try (Connection c = store.connection()) {
            Long failures = Sql.queryLong(c, "SELECT CAST(failure_count AS BIGINT) FROM er_mail_account WHERE id = ?", accountId);
            int next = failures == null ? 1 : failures.intValue() + 1;
            try (PreparedStatement st = c.prepareStatement("UPDATE er_mail_account SET status = ?, last_error = ?, failure_count = ?, "
                    + "last_poll_at = ?, next_poll_at = ? WHERE id = ?")) {
                st.setString(1, status);
                st.setString(2, SqlValues.fit(error, 2000));
                st.setInt(3, next);
                st.setTimestamp(4, Sql.ts(now));
                st.setTimestamp(5, Sql.ts(now.plus(backoff(pollSeconds, next))));
                st.setLong(6, accountId);
                st.executeUpdate();
            }
        }
    }
}
