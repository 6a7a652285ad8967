package org.emailresponder.store;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The open database: schema migrated, an EclipseLink entity manager factory, and plain JDBC connections for the
 * few hot paths (bulk ingest) where JPA would cost more than it helps.
 */
public final class Store implements AutoCloseable {
    private static final String UNIT = "emailresponder";

    private final DatabaseSettings settings;
    private final EntityManagerFactory emf;
    private final List<Integer> appliedMigrations;
    private final ConnectionPool connections;

    private Store(DatabaseSettings settings, EntityManagerFactory emf, List<Integer> appliedMigrations) {
        this.settings = settings;
        this.emf = emf;
        this.appliedMigrations = appliedMigrations;
        this.connections = new ConnectionPool(() -> connect(settings));
    }

    /** Opens the database and migrates its schema to the latest version first. */
    public static Store open(DatabaseSettings settings) {
        List<Integer> applied;
        try (Connection connection = connect(settings)) {
            applied = new SchemaMigrator(settings.platform()).migrate(connection);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + settings.displayName() + ": " + e.getMessage(), e);
        }
        return new Store(settings, createFactory(settings), applied);
    }

    private static EntityManagerFactory createFactory(DatabaseSettings settings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.CLASSLOADER, Store.class.getClassLoader());
        properties.put(PersistenceUnitProperties.JDBC_URL, settings.url());
        properties.put(PersistenceUnitProperties.JDBC_USER, settings.user());
        properties.put(PersistenceUnitProperties.JDBC_PASSWORD, settings.password());
        properties.put(PersistenceUnitProperties.JDBC_DRIVER, driverClass(settings.url()));
        if (!settings.url().startsWith("jdbc:h2:")) {
            properties.put(PersistenceUnitProperties.TARGET_DATABASE, settings.platform().eclipseLinkPlatform());
        }
        EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory(UNIT, properties);
        if (factory == null) {
            throw new StoreException("EclipseLink did not find the persistence unit " + UNIT, null);
        }
        return factory;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public DatabasePlatform platform() {
        return settings.platform();
    }

    /** Migration versions this open applied (empty when the schema was already current). */
    public List<Integer> appliedMigrations() {
        return appliedMigrations;
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    /** Runs work in one transaction and returns its result; rolls back on any exception. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs a read-only query with its own entity manager. */
    public <T> T read(Function<EntityManager, T> query) {
        EntityManager em = emf.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }

    /** A JDBC connection (auto-commit on) from a small pool; the caller closes it, which hands it back. */
    public Connection connection() throws SQLException {
        return connections.borrow();
    }

    static Connection connect(DatabaseSettings settings) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        properties.setProperty("password", settings.password());
        Connection connection = driver(settings.url()).connect(settings.url(), properties);
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts " + settings.displayName());
        }
        return connection;
    }

    // Drivers are created directly: DriverManager does not see other bundles' drivers inside OSGi.
    private static Driver driver(String url) throws SQLException {
        try {
            return (Driver) Class.forName(driverClass(url), true, Store.class.getClassLoader()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("JDBC driver for " + url + " is not available", e);
        }
    }

    private static String driverClass(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        if (url.startsWith("jdbc:sqlserver:")) {
            return "com.microsoft.sqlserver.jdbc.SQLServerDriver";
        }
        return "org.h2.Driver";
    }

    @Override
    public void close() {
        connections.close();
        if (emf.isOpen()) {
            emf.close();
        }
    }
}
