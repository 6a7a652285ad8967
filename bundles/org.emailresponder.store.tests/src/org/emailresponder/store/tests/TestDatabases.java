package org.emailresponder.store.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.store.Store;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, empty databases for tests: an H2 file, an H2 file in SQL Server mode (the SQL Server dialect of our
 * migrations), and a new database on the real PostgreSQL named by -Dpg.url (skipped, loudly, when unreachable).
 * The one helper of all test fragments: they import its package (a fragment's exports are its host's).
 */
public final class TestDatabases {
    public static final String H2 = "h2";
    public static final String H2_MSSQL = "h2-mssqlserver";
    public static final String POSTGRESQL = "postgresql";

    private TestDatabases() {
    }

    public static DatabaseSettings fresh(String kind) {
        return switch (kind) {
            case H2 -> new DatabaseSettings("jdbc:h2:file:" + tempFile() + ";AUTO_SERVER=TRUE", "sa", "");
            case H2_MSSQL -> new DatabaseSettings("jdbc:h2:file:" + tempFile() + ";MODE=MSSQLServer", "sa", "");
            case POSTGRESQL -> freshPostgres();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** A store on a fresh database of the kind, migrated. Close it with {@link #close(Store)}. */
    public static Store open(String kind) {
        return Store.open(fresh(kind));
    }

    /** Closes the store and drops its database where that matters (see {@link #drop}). */
    public static void close(Store store) {
        store.close();
        drop(store.settings());
    }

    private static String tempFile() {
        try {
            return Files.createTempDirectory("er-test").resolve("db").toAbsolutePath().toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DatabaseSettings freshPostgres() {
        String adminUrl = System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("pg.user", "postgres");
        String password = System.getProperty("pg.password", "postgres");
        String name = "er_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = new org.postgresql.Driver().connect(adminUrl, credentials(user, password));
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException | RuntimeException e) {
            System.out.println("SKIPPED: PostgreSQL not reachable at " + adminUrl + " (" + e.getMessage() + ")");
            Assumptions.abort("PostgreSQL not reachable at " + adminUrl + ": " + e.getMessage());
        }
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        return new DatabaseSettings(url, user, password);
    }

    private static java.util.Properties credentials(String user, String password) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return p;
    }

    /** Drops a database made by {@link #fresh} where that matters (PostgreSQL); H2 files live in temp folders. */
    public static void drop(DatabaseSettings settings) {
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

}
