package org.emailresponder.ui.preferences;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.emailresponder.store.DatabaseSettings;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The database connection chosen on the preference page, stored in the instance preferences of this bundle
 * (url, user in clear; the password encrypted by {@link SecretBox}). Read once at start: changes take effect on
 * the next start.
 */
public final class DatabasePreferences {
    static final String NODE = "org.emailresponder.ui";
    static final String URL = "db.url";
    static final String USER = "db.user";
    static final String PASSWORD = "db.password.encrypted";

    private DatabasePreferences() {
    }

    /** The stored values under the keys {@link DatabaseSettings#resolve} expects (url, user, password); empty when unset. */
    public static Map<String, String> load() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        Map<String, String> values = new HashMap<>();
        String url = node.get(URL, "");
        if (url.isBlank()) {
            return values;
        }
        values.put("url", url);
        values.put("user", node.get(USER, ""));
        values.put("password", box().decrypt(node.get(PASSWORD, "")));
        return values;
    }

    /** Stores a connection; an empty URL removes it, so the next start uses the embedded default again. */
    public static void save(String url, String user, String password) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        if (url == null || url.isBlank()) {
            node.remove(URL);
            node.remove(USER);
            node.remove(PASSWORD);
        } else {
            node.put(URL, url.strip());
            node.put(USER, user == null ? "" : user.strip());
            node.put(PASSWORD, password == null || password.isEmpty() ? "" : box().encrypt(password));
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("Cannot save the database preferences: " + e.getMessage(), e);
        }
    }

    static SecretBox box() {
        return new SecretBox(DatabaseSettings.defaultDataFolder(System.getenv()).resolve("keys").resolve("preferences.key"));
    }
}
