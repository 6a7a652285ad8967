package org.emailresponder.rules.tests;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import org.emailresponder.store.DatabaseSettings;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, empty databases (the few lines of store.tests' TestDatabases we need; that fragment is not visible here):
 * an H2 file, or a new database on the PostgreSQL named by -Dpg.url (skipped with a printed reason when unreachable).
 */
final class TestDatabases {
    static final String H2 = "h2";
    static final String POSTGRESQL = "postgresql";

    private TestDatabases() {
    }

    static DatabaseSettings fresh(String kind) {
        if (POSTGRESQL.equals(kind)) {
            return freshPostgres();
        }
        try {
            return new DatabaseSettings("jdbc:h2:file:" + Files.createTempDirectory("er-rules").resolve("db").toAbsolutePath(), "sa", "");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DatabaseSettings freshPostgres() {
        String adminUrl = System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("pg.user", "postgres");
        String password = System.getProperty("pg.password", "postgres");
        String name = "er_rules_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = new org.postgresql.Driver().connect(adminUrl, credentials(user, password));
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException | RuntimeException e) {
            System.out.println("SKIPPED: PostgreSQL not reachable at " + adminUrl + " (" + e.getMessage() + ")");
            Assumptions.abort("PostgreSQL not reachable at " + adminUrl + ": " + e.getMessage());
        }
        return new DatabaseSettings(adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name, user, password);
    }

    static void drop(DatabaseSettings settings) {
        if (!settings.url().startsWith("jdbc:postgresql:")) {
            return;
        }
        String adminUrl = System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String name = settings.url().substring(settings.url().lastIndexOf('/') + 1);
        try (Connection c = new org.postgresql.Driver().connect(adminUrl, credentials(settings.user(), settings.password()));
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.out.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static Properties credentials(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return p;
    }
}
