package org.emailresponder.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ids for JDBC inserts from the sequences EclipseLink uses, taken the way EclipseLink takes them: a sequence value N
 * (our sequences advance by {@value #BLOCK}) reserves the ids N-49 .. N, so JPA and JDBC writers never collide.
 * One instance hands out one block after the other; thread-safe.
 */
public final class SequenceIds {
    public static final int BLOCK = 50;

    private final String nextValueSql;
    private long next;
    private long last = -1;

    public SequenceIds(DatabasePlatform platform, String sequence) {
        this.nextValueSql = nextValueSql(platform, sequence);
    }

    public synchronized long next(Connection connection) throws SQLException {
        if (last < 0 || next > last) {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(nextValueSql)) {
                rs.next();
                last = rs.getLong(1);
                next = last - BLOCK + 1;
            }
        }
        return next++;
    }

    /** The query that advances a sequence and returns its new value. */
    public static String nextValueSql(DatabasePlatform platform, String sequence) {
        return platform == DatabasePlatform.POSTGRESQL ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
    }
}
