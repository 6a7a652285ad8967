package org.emailresponder.manager.tests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.emailresponder.store.Store;

/** Counting and printing queries for the integration tests. */
final class MailWorldQueries {
    private final Store store;

    MailWorldQueries(Store store) {
        this.store = store;
    }

    long count(String sql) throws SQLException {
        try (Connection c = store.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void print(String sql) throws SQLException {
        try (Connection c = store.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                System.out.println("  " + rs.getString(1) + ": " + rs.getString(2));
            }
        }
    }

    void ids(String sql, java.util.List<Long> into, int max) throws SQLException {
        try (Connection c = store.connection(); Statement st = c.createStatement()) {
            st.setMaxRows(max);
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    into.add(rs.getLong(1));
                }
            }
        }
    }

    void pairs(String sql, java.util.Map<String, String> into) throws SQLException {
        try (Connection c = store.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                into.put(rs.getString(1), rs.getString(2));
            }
        }
    }
}
