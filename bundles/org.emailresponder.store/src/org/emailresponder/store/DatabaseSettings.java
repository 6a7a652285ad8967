package org.emailresponder.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database is. Looked up, first match wins: command line ({@code -db.url URL}, {@code -db.user},
 * {@code -db.password} or {@code -db.passwordFile FILE}), environment ({@code EMAILRESPONDER_DB_URL},
 * {@code _USER}, {@code _PASSWORD}, {@code _PASSWORD_FILE}), the workbench preferences, and last the embedded H2 file
 * in the user's data folder.
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String ENV_URL = "EMAILRESPONDER_DB_URL";
    public static final String ENV_USER = "EMAILRESPONDER_DB_USER";
    public static final String ENV_PASSWORD = "EMAILRESPONDER_DB_PASSWORD";
    public static final String ENV_PASSWORD_FILE = "EMAILRESPONDER_DB_PASSWORD_FILE";

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("database URL is empty");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public DatabasePlatform platform() {
        return DatabasePlatform.of(url);
    }

    /** Whether this is the embedded H2 default (no server needed). */
    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:mem:");
    }

    /** The URL without credentials that may be shown to users (status line, logs). */
    public String displayName() {
        int semicolon = url.indexOf(';');
        return semicolon < 0 ? url : url.substring(0, semicolon);
    }

    /**
     * The embedded default: an H2 file that several processes on this machine can share (AUTO_SERVER).
     *
     * @param dataFolder the user's data folder, e.g. {@code ~/.local/share/emailresponder}
     */
    public static DatabaseSettings embedded(Path dataFolder) {
        Path file = dataFolder.resolve("db").resolve("emailresponder").toAbsolutePath();
        return new DatabaseSettings("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE", "sa", "");
    }

    /** The user's data folder: $EMAILRESPONDER_HOME, else $XDG_DATA_HOME/emailresponder, else ~/.local/share/emailresponder. */
    public static Path defaultDataFolder(Map<String, String> env) {
        String home = env.get("EMAILRESPONDER_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("emailresponder");
    }

    /**
     * Resolves the settings from the command line, the environment and preferences, in that order.
     *
     * @param preferences the workbench's stored values (keys url, user, password), or an empty map
     */
    public static DatabaseSettings resolve(String[] args, Map<String, String> env, Map<String, String> preferences) {
        String url = first(option(args, "-db.url"), env.get(ENV_URL), preferences.get("url"));
        if (url == null) {
            return embedded(defaultDataFolder(env));
        }
        String user = first(option(args, "-db.user"), env.get(ENV_USER), preferences.get("user"));
        String password = first(option(args, "-db.password"), readFile(option(args, "-db.passwordFile")),
                env.get(ENV_PASSWORD), readFile(env.get(ENV_PASSWORD_FILE)), preferences.get("password"));
        return new DatabaseSettings(url, user, password);
    }

    static String option(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name) || args[i].equals("-" + name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    private static String readFile(String file) {
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the database password file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + displayName() + ", user=" + user + "]";
    }
}
