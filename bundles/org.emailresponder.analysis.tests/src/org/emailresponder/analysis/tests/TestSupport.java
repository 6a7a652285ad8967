package org.emailresponder.analysis.tests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.emailresponder.analysis.internal.AnalyzerRegistry;
import org.emailresponder.store.Store;
import org.emailresponder.store.tests.TestDatabases;

/** Rows for fresh test databases ({@link TestDatabases}), and the registry without this fragment's stub analyzers. */
final class TestSupport {

    private TestSupport() {
    }

    /** The analyzers contributed by the product (the stubs of this fragment left out). */
    static AnalyzerRegistry builtInAnalyzers() {
        return AnalyzerRegistry.of(AnalyzerRegistry.fromPlatform().analyzers().stream()
                .filter(d -> !d.id().startsWith(StubAnalyzers.PREFIX)).toList());
    }

    static Store freshH2() {
        return TestDatabases.open(TestDatabases.H2);
    }

    static void insertMessage(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO er_message (id, dedup_key, received_at,"
                + " size_bytes, state, priority, version) VALUES (?, ?, ?, 100, 'RECEIVED', 0, 1)")) {
            st.setLong(1, id);
            st.setString(2, "dedup-" + id);
            st.setTimestamp(3, Timestamp.from(Instant.now()));
            st.executeUpdate();
        }
    }

    static void insertContact(Connection c, long id, String email, String language) throws SQLException {
        try (PreparedStatement contact = c.prepareStatement("INSERT INTO er_contact (id, first_name, last_name,"
                + " language, proposed, created_at, version) VALUES (?, 'Anna', 'Berger', ?, ?, ?, 1)");
                PreparedStatement address = c.prepareStatement(
                        "INSERT INTO er_contact_address (contact_id, email) VALUES (?, ?)")) {
            contact.setLong(1, id);
            contact.setString(2, language);
            contact.setBoolean(3, false);
            contact.setTimestamp(4, Timestamp.from(Instant.now()));
            contact.executeUpdate();
            address.setLong(1, id);
            address.setString(2, email);
            address.executeUpdate();
        }
    }

    static void insertProduct(Connection c, long id, String code, String name, String aliases) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO er_product (id, name, code, aliases, version) VALUES (?, ?, ?, ?, 1)")) {
            st.setLong(1, id);
            st.setString(2, name);
            st.setString(3, code);
            st.setString(4, aliases);
            st.executeUpdate();
        }
    }
}
