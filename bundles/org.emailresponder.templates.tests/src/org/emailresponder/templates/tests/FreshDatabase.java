package org.emailresponder.templates.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;

import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.store.Store;

/** A fresh, migrated H2 file database per test (the store tests' helper is not visible to this fragment). */
final class FreshDatabase {
    static final UserSession ADMIN = new UserSession(1L, "admin", "Ada Admin", Role.ADMIN, Set.of());
    static final UserSession SUPERVISOR = new UserSession(102L, "sue", "Sue Supervisor", Role.SUPERVISOR, Set.of());

    private FreshDatabase() {
    }

    static Store open() {
        return open("h2");
    }

    /** A fresh H2 file, or a new database on the PostgreSQL named by -Dpg.url (the test is skipped, loudly, without it). */
    static Store open(String kind) {
        if (kind.equals("postgresql")) {
            return Store.open(freshPostgres());
        }
        try {
            String file = Files.createTempDirectory("er-templates-test").resolve("db").toAbsolutePath().toString();
            return Store.open(new DatabaseSettings("jdbc:h2:file:" + file, "sa", ""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static UserSession agent(long id, Set<Long> groups) {
        return new UserSession(id, "agent" + id, "Agent " + id, Role.AGENT, groups);
    }

    private static DatabaseSettings freshPostgres() {
        String adminUrl = System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", System.getProperty("pg.user", "postgres"));
        credentials.setProperty("password", System.getProperty("pg.password", "postgres"));
        String name = "er_test_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (java.sql.Connection c = new org.postgresql.Driver().connect(adminUrl, credentials);
                java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException | RuntimeException e) {
            System.out.println("SKIPPED: PostgreSQL not reachable at " + adminUrl + " (" + e.getMessage() + ")");
            org.junit.jupiter.api.Assumptions.abort("PostgreSQL not reachable at " + adminUrl + ": " + e.getMessage());
        }
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        return new DatabaseSettings(url, credentials.getProperty("user"), credentials.getProperty("password"));
    }

    /** Closes the store and drops a PostgreSQL test database (H2 files live in temp folders). */
    static void close(Store store) {
        store.close();
        String url = store.settings().url();
        if (!url.startsWith("jdbc:postgresql:")) {
            return;
        }
        String adminUrl = System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", store.settings().user());
        credentials.setProperty("password", store.settings().password());
        try (java.sql.Connection c = new org.postgresql.Driver().connect(adminUrl, credentials);
                java.sql.Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1) + " WITH (FORCE)");
        } catch (java.sql.SQLException e) {
            System.out.println("could not drop test database " + url + ": " + e.getMessage());
        }
    }
}
