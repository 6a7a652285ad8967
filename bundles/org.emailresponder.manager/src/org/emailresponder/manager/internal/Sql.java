package org.emailresponder.manager.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

import org.emailresponder.store.DatabasePlatform;

/** Small JDBC helpers shared by the Manager's hot paths. */
public final class Sql {
    private Sql() {
    }

    public static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    /** Cuts a value to a column's length and removes NUL characters (PostgreSQL rejects them in text). */
    public static String fit(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.indexOf('\0') < 0 ? value : value.replace("\0", "");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }

    public static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BIGINT);
        } else {
            st.setLong(index, value);
        }
    }

    public static String nextValueSql(DatabasePlatform platform, String sequence) {
        return platform == DatabasePlatform.POSTGRESQL ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
    }

    /** A single long from a query with one parameter, or null. */
    public static Long queryLong(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? (Long) rs.getObject(1, Long.class) : null;
            }
        }
    }

    public static boolean isUniqueViolation(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.equals("23505") || state.equals("23000"));
    }
}
