package org.emailresponder.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Parameters of hand-written JDBC statements, the same on every database we support. */
public final class SqlValues {
    private SqlValues() {
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
}
