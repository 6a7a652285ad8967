package org.emailresponder.mail;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The Message-IDs of our outgoing mail, {@code <er.{conversationId}.{random}@{domain}>}, the domain taken from the
 * sender's address. An answer that names one in In-Reply-To or References is matched to our stored reply, and so
 * to its conversation, by the Manager.
 */
public final class OwnMessageIds {

    private static final String PREFIX = "<er.";
    private static final String FALLBACK_DOMAIN = "emailresponder.invalid";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnMessageIds() {
    }

    /** A new id for a reply in the conversation, sent from {@code senderAddress} (may be null). */
    public static String create(long conversationId, String senderAddress) {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return PREFIX + conversationId + "." + HexFormat.of().formatHex(random) + "@" + domainOf(senderAddress) + ">";
    }

    /** Whether the id has the form of ours (the Manager then looks it up among the replies it sent). */
    public static boolean isOwn(String messageId) {
        return messageId != null && messageId.startsWith(PREFIX);
    }

    private static String domainOf(String address) {
        if (address == null || address.indexOf('@') < 0) {
            return FALLBACK_DOMAIN;
        }
        String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "");
        return domain.isEmpty() ? FALLBACK_DOMAIN : domain;
    }
}
