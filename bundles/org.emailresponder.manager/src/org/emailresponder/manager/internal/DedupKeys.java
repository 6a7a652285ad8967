package org.emailresponder.manager.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The deduplication key of a stored message (column er_message.dedup_key, unique):
 * {@code hex(SHA-256( messageId + "\n" + hex(SHA-256(raw)) ))}, where messageId is the Message-ID header value with its
 * angle brackets as received (the empty string when there is none) and raw is the exact byte sequence the server
 * returned. So a message downloaded again after a crash, a UIDVALIDITY change or from POP3 after IMAP is recognized;
 * two different messages that share a Message-ID (common in spam, and in broken mailers) are both kept, because
 * losing a message is worse than keeping a look-alike; a message without Message-ID dedups on its bytes alone.
 */
public final class DedupKeys {
    private DedupKeys() {
    }

    public static String of(String messageId, byte[] raw) {
        String rawHash = HexFormat.of().formatHex(sha256().digest(raw));
        String input = (messageId == null ? "" : messageId.strip()) + "\n" + rawHash;
        return HexFormat.of().formatHex(sha256().digest(input.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
