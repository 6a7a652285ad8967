package org.emailresponder.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Versioned schema migrations, our own small mechanism: numbered SQL scripts in {@code db/migration/} (listed in
 * {@code index.txt}, so no class-path scanning is needed inside OSGi), written once with {@code ${type}} tokens that
 * {@link DatabasePlatform#expand} turns into each dialect. Applied scripts are recorded with a checksum in
 * {@code er_schema_version}; a changed script that was already applied stops the start instead of drifting.
 */
public final class SchemaMigrator {
    private static final String INDEX = "db/migration/index.txt";
    private static final String VERSION_TABLE = "er_schema_version";

    private final DatabasePlatform platform;

    public SchemaMigrator(DatabasePlatform platform) {
        this.platform = platform;
    }

    /** The scripts known to this build, by version. */
    public static Map<Integer, String> scripts() {
        Map<Integer, String> scripts = new TreeMap<>();
        for (String name : read(INDEX).split("\\R")) {
            if (!name.isBlank()) {
                scripts.put(versionOf(name.strip()), name.strip());
            }
        }
        return scripts;
    }

    public static int latestVersion() {
        return ((TreeMap<Integer, String>) scripts()).lastKey();
    }

    /** The version the database is at; 0 for an empty database. */
    public int currentVersion(Connection connection) throws SQLException {
        if (!versionTableExists(connection)) {
            return 0;
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT MAX(version) FROM " + VERSION_TABLE)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Brings the database to the latest version.
     *
     * @return the versions applied by this call (empty when it was up to date)
     */
    public List<Integer> migrate(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            ensureVersionTable(connection);
            Map<Integer, String> applied = appliedChecksums(connection);
            List<Integer> done = new ArrayList<>();
            for (Map.Entry<Integer, String> script : scripts().entrySet()) {
                String sql = read("db/migration/" + script.getValue());
                String checksum = checksum(sql);
                String known = applied.get(script.getKey());
                if (known != null) {
                    if (!known.equals(checksum)) {
                        throw new SQLException("Migration " + script.getValue() + " was changed after it was applied to this database");
                    }
                    continue;
                }
                apply(connection, script.getKey(), script.getValue(), sql, checksum);
                done.add(script.getKey());
            }
            return done;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void apply(Connection connection, int version, String name, String sql, String checksum) throws SQLException {
        try {
            // the version row first: a second process migrating at the same time fails here, not halfway through
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + VERSION_TABLE + " (version, script, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, version);
                insert.setString(2, name);
                insert.setString(3, checksum);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            try (Statement st = connection.createStatement()) {
                for (String statement : statements(platform.expand(sql))) {
                    st.execute(statement);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("Migration " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** Splits a script at semicolons that end a line; comment lines are dropped. */
    static List<String> statements(String sql) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                result.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    private boolean versionTableExists(Connection connection) throws SQLException {
        for (String name : new String[] {VERSION_TABLE, VERSION_TABLE.toUpperCase()}) {
            try (ResultSet rs = connection.getMetaData().getTables(null, null, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void ensureVersionTable(Connection connection) throws SQLException {
        if (versionTableExists(connection)) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute(platform.expand("CREATE TABLE " + VERSION_TABLE + " (version INTEGER NOT NULL PRIMARY KEY, "
                    + "script ${str}(200) NOT NULL, checksum ${str}(64) NOT NULL, applied_at ${ts} NOT NULL)"));
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            if (!versionTableExists(connection)) {
                throw e;
            }
        }
    }

    private Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
        Map<Integer, String> applied = new TreeMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT version, checksum FROM " + VERSION_TABLE)) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2));
            }
        }
        connection.commit();
        return applied;
    }

    private static int versionOf(String scriptName) {
        if (!scriptName.matches("V\\d+__.+\\.sql")) {
            throw new IllegalStateException("Migration script name must look like V7__what.sql: " + scriptName);
        }
        return Integer.parseInt(scriptName.substring(1, scriptName.indexOf("__")));
    }

    private static String read(String resource) {
        try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    private static String checksum(String sql) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
