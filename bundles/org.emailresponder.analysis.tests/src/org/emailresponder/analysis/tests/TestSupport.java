package org.emailresponder.analysis.tests;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

import org.emailresponder.analysis.internal.AnalyzerRegistry;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.store.Store;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh databases (the few lines of the store tests' helper this fragment needs; that fragment is not visible here),
 * rows for them, and the registry without this fragment's stub analyzers.
 */
final class TestSupport {

    private TestSupport() {
    }

    /** The analyzers contributed by the product (the stubs of this fragment left out). */
    static AnalyzerRegistry builtInAnalyzers() {
        return AnalyzerRegistry.of(AnalyzerRegistry.fromPlatform().analyzers().stream()
                .filter(d -> !d.id().startsWith(StubAnalyzers.PREFIX)).toList());
    }

    static Store freshH2() throws Exception {
        return Store.open(fresh("h2"));
    }

    /**
     * A fresh empty database: "h2", "h2-mssqlserver" (the SQL Server dialect on H2) or "postgresql" (a new database
     * on -Dpg.url; the test is skipped, loudly, when PostgreSQL is unreachable).
     */
    static DatabaseSettings fresh(String kind) throws Exception {
        String file = Files.createTempDirectory("er-analysis-test").resolve("db").toAbsolutePath().toString();
        return switch (kind) {
            case "h2" -> new DatabaseSettings("jdbc:h2:file:" + file, "sa", "");
            case "h2-mssqlserver" -> new DatabaseSettings("jdbc:h2:file:" + file + ";MODE=MSSQLServer", "sa", "");
            case "postgresql" -> freshPostgres();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static DatabaseSettings freshPostgres() {
        String adminUrl = System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("pg.user", "postgres");
        String password = System.getProperty("pg.password", "postgres");
        String name = "er_analysis_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        try (Connection c = new org.postgresql.Driver().connect(adminUrl, credentials);
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException | RuntimeException e) {
            System.out.println("SKIPPED: PostgreSQL not reachable at " + adminUrl + " (" + e.getMessage() + ")");
            Assumptions.abort("PostgreSQL not reachable at " + adminUrl + ": " + e.getMessage());
        }
        return new DatabaseSettings(adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name, user, password);
    }

    static void dropIfPostgres(DatabaseSettings settings) {
        if (!settings.url().startsWith("jdbc:postgresql:")) {
            return;
        }
        String adminUrl = System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String name = settings.url().substring(settings.url().lastIndexOf('/') + 1);
        Properties credentials = new Properties();
        credentials.setProperty("user", settings.user());
        credentials.setProperty("password", settings.password());
        try (Connection c = new org.postgresql.Driver().connect(adminUrl, credentials);
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.out.println("could not drop test database " + name + ": " + e.getMessage());
        }
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
