package org.emailresponder.manager;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.emailresponder.store.DatabaseSettings;

/**
 * Seals mail account secrets (passwords, tokens) before they reach the database: AES-256-GCM with a random nonce
 * per value, stored as {@code v1:base64(nonce|ciphertext|tag)}. The key is {@code EMAILRESPONDER_SECRET_KEY}
 * (base64, 32 bytes) or the file {@code secret.key} in the user's data folder, created with mode 0600 on first use.
 *
 * <p>Trade-off: the database alone never reveals a mail password, but every Manager and workbench that must open
 * an account needs the same key. Several Managers on one database therefore share the key through the environment
 * variable (or a copied key file); a lost key means re-entering the account secrets, nothing else is lost.
 */
public final class SecretBox {
    public static final String ENV_KEY = "EMAILRESPONDER_SECRET_KEY";
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the secret key must be 32 bytes (AES-256), got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** The key from the environment, else from (or newly into) the key file of the data folder. */
    public static SecretBox fromEnvironment(Map<String, String> env) {
        String encoded = env.get(ENV_KEY);
        if (encoded != null && !encoded.isBlank()) {
            return new SecretBox(Base64.getDecoder().decode(encoded.strip()));
        }
        return fromKeyFile(DatabaseSettings.defaultDataFolder(env).resolve("secret.key"));
    }

    public static SecretBox fromKeyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                createKeyFile(file);
            }
            return new SecretBox(Base64.getDecoder().decode(Files.readString(file).strip()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create the secret key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createKeyFile(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            return; // another process created it first: use theirs
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
    }

    public String seal(String secret) {
        if (secret == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("a stored secret is not sealed (expected the v1: prefix)");
        }
        try {
            byte[] data = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            return new String(cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored secret cannot be opened with this key (was it sealed with another "
                    + ENV_KEY + " or secret.key?)", e);
        }
    }
}
