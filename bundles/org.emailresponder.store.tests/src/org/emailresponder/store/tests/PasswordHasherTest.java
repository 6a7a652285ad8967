package org.emailresponder.store.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emailresponder.core.security.PasswordHasher;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void hashVerifiesOnlyTheRightPasswordAndNeverContainsIt() {
        String stored = hasher.hash("correct horse".toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha256$1000$"));
        assertFalse(stored.contains("correct horse"));
        assertTrue(hasher.verify("correct horse".toCharArray(), stored));
        assertFalse(hasher.verify("correct hors".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        assertNotEquals(hasher.hash("secret-pass".toCharArray()), hasher.hash("secret-pass".toCharArray()));
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plain-text-password"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha256$abc$$"));
    }

    @Test
    void weakerOldHashesAreFlaggedForRehash() {
        String old = new PasswordHasher(500).hash("secret-pass".toCharArray());
        assertTrue(hasher.needsRehash(old));
        assertFalse(hasher.needsRehash(hasher.hash("secret-pass".toCharArray())));
    }
}
