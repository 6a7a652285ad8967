package org.emailresponder.store;

import java.util.Map;

/**
 * The three databases Email Responder runs on, with the SQL type names our migrations use on each.
 * An H2 URL in {@code MODE=MSSQLServer} counts as SQL Server for the migration scripts: that is how the
 * SQL Server dialect is exercised on machines without a SQL Server.
 */
public enum DatabasePlatform {
    H2(Map.of("str", "VARCHAR", "text", "CLOB", "blob", "BLOB", "bool", "BOOLEAN", "ts", "TIMESTAMP"),
            "org.eclipse.persistence.platform.database.H2Platform"),
    POSTGRESQL(Map.of("str", "VARCHAR", "text", "TEXT", "blob", "BYTEA", "bool", "BOOLEAN", "ts", "TIMESTAMP"),
            "org.eclipse.persistence.platform.database.PostgreSQLPlatform"),
    SQLSERVER(Map.of("str", "NVARCHAR", "text", "NVARCHAR(MAX)", "blob", "VARBINARY(MAX)", "bool", "BIT", "ts", "DATETIME2"),
            "org.eclipse.persistence.platform.database.SQLServerPlatform");

    private final Map<String, String> typeTokens;
    private final String eclipseLinkPlatform;

    DatabasePlatform(Map<String, String> typeTokens, String eclipseLinkPlatform) {
        this.typeTokens = typeTokens;
        this.eclipseLinkPlatform = eclipseLinkPlatform;
    }

    /** The dialect of a JDBC URL. */
    public static DatabasePlatform of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase();
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:sqlserver:")) {
            return SQLSERVER;
        }
        if (url.startsWith("jdbc:h2:")) {
            return url.contains("mode=mssqlserver") ? SQLSERVER : H2;
        }
        throw new IllegalArgumentException("Unsupported database URL (use jdbc:h2:, jdbc:postgresql: or jdbc:sqlserver:): " + jdbcUrl);
    }

    /** Replaces the {@code ${token}} type names of a migration script with this platform's types. */
    public String expand(String sql) {
        String result = sql;
        for (Map.Entry<String, String> token : typeTokens.entrySet()) {
            result = result.replace("${" + token.getKey() + "}", token.getValue());
        }
        return result;
    }

    /** EclipseLink's platform class for this dialect. */
    public String eclipseLinkPlatform() {
        return eclipseLinkPlatform;
    }
}
