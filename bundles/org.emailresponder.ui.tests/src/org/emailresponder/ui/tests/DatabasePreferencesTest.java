package org.emailresponder.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.ui.preferences.DatabasePreferences;
import org.emailresponder.ui.preferences.SecretBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The database connection stored by the preference page: read back as entered, password never in clear. */
class DatabasePreferencesTest {

    @AfterEach
    void removeStoredConnection() {
        DatabasePreferences.save("", "", "");
    }

    @Test
    void storedConnectionIsUsedOnNextStartWithThePasswordEncrypted() throws Exception {
        DatabasePreferences.save("jdbc:postgresql://db.example:5432/er", "responder", "s3cret-Passw0rd");

        String stored = InstanceScope.INSTANCE.getNode("org.emailresponder.ui").get("db.password.encrypted", "");
        assertFalse(stored.isEmpty());
        assertFalse(stored.contains("s3cret"), "the password is not stored in clear");

        Map<String, String> loaded = DatabasePreferences.load();
        DatabaseSettings settings = DatabaseSettings.resolve(new String[0], Map.of(), loaded);
        assertEquals("jdbc:postgresql://db.example:5432/er", settings.url());
        assertEquals("responder", settings.user());
        assertEquals("s3cret-Passw0rd", settings.password());

        DatabasePreferences.save("", "", "");
        assertTrue(DatabasePreferences.load().isEmpty(), "an empty URL goes back to the embedded default");
    }

    @Test
    void anotherKeyCannotDecrypt() throws Exception {
        Path dir = Files.createTempDirectory("er-keys");
        String sealed = new SecretBox(dir.resolve("a.key")).encrypt("top-secret-1");
        assertEquals("top-secret-1", new SecretBox(dir.resolve("a.key")).decrypt(sealed));
        new SecretBox(dir.resolve("b.key")).encrypt("other");
        IllegalStateException wrongKey = assertThrows(IllegalStateException.class, () -> new SecretBox(dir.resolve("b.key")).decrypt(sealed));
        assertTrue(wrongKey.getMessage().contains("enter it again"), wrongKey.getMessage());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a.key"))));
    }
}
