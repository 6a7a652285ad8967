package org.emailresponder.manager.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.emailresponder.store.DatabasePlatform;

/**
 * Ids for JDBC inserts from the same sequences EclipseLink uses, in the same way: a sequence value N (sequences
 * advance by 50) reserves the ids N-49 .. N, so JPA and JDBC writers never collide.
 */
public final class IdBlocks {
    private static final int BLOCK = 50;

    private final String nextValueSql;
    private long next;
    private long last = -1;

    public IdBlocks(DatabasePlatform platform, String sequence) {
        this.nextValueSql = Sql.nextValueSql(platform, sequence);
    }

    public synchronized long next(Connection connection) throws SQLException {
        if (next > last) {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(nextValueSql)) {
                rs.next();
                last = rs.getLong(1);
                next = last - BLOCK + 1;
            }
        }
        return next++;
    }
}
