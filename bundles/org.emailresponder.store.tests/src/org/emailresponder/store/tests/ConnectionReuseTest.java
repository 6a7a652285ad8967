package org.emailresponder.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.emailresponder.store.Store;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Store.connection() hands out reused connections: each use must still start clean, as a new connection would. */
class ConnectionReuseTest {

    @ParameterizedTest
    @ValueSource(strings = { TestDatabases.H2, TestDatabases.POSTGRESQL })
    void workLeftUncommittedIsRolledBackAndTheNextUserGetsAutoCommit(String kind) throws SQLException {
        Store store = TestDatabases.open(kind);
        try {
            try (Connection c = store.connection(); Statement st = c.createStatement()) {
                c.setAutoCommit(false);
                st.executeUpdate("INSERT INTO er_group (id, name, enabled, assignment_mode, version) VALUES (9001, 'forgotten', TRUE, 'MANUAL', 1)");
                // closed without commit: a caller that failed half-way
            }
            try (Connection c = store.connection()) {
                assertTrue(c.getAutoCommit(), "every connection starts in auto-commit mode");
                assertEquals(0, count(c, "SELECT COUNT(*) FROM er_group WHERE name = 'forgotten'"), "uncommitted work is not kept");
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO er_group (id, name, enabled, assignment_mode, version) VALUES (9002, 'kept', TRUE, 'MANUAL', 1)");
                }
            }
            try (Connection c = store.connection()) {
                assertEquals(1, count(c, "SELECT COUNT(*) FROM er_group WHERE name = 'kept'"));
            }
        } finally {
            TestDatabases.close(store);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { TestDatabases.H2, TestDatabases.POSTGRESQL })
    void aClosedConnectionRefusesWorkAndAClosedStoreHandsOutNone(String kind) throws SQLException {
        Store store = TestDatabases.open(kind);
        Connection first = store.connection();
        first.close();
        assertTrue(first.isClosed());
        assertThrows(SQLException.class, first::createStatement, "a handed-back connection cannot be used by its old holder");
        first.close(); // closing twice is harmless
        try (Connection second = store.connection()) {
            assertEquals(1, count(second, "SELECT 1"));
        }
        TestDatabases.close(store);
        assertThrows(IllegalStateException.class, store::connection);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
