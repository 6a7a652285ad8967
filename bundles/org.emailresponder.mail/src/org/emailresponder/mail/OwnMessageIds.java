package org.emailresponder.mail;

import java.security.SecureRandom;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Message-IDs of our outgoing mail, {@code <er.{conversationId}.{replyId}.{random}@{domain}>}: an answer's
 * In-Reply-To or References then names the conversation without any lookup.
 */
public final class OwnMessageIds {

    private static final Pattern OWN = Pattern.compile("<?er\\.(\\d{1,18})\\.(\\d{1,18})\\.[A-Za-z0-9]+@[^>\\s]+>?");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private OwnMessageIds() {
    }

    public static String create(long conversationId, long replyId, String domain) {
        if (domain == null || !DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("Invalid Message-ID domain: " + domain);
        }
        return "<er." + conversationId + "." + replyId + "." + random() + "@" + domain + ">";
    }

    /** The conversation id of one of our Message-IDs, or empty for anybody else's. */
    public static OptionalLong conversationOf(String messageId) {
        Matcher m = messageId == null ? null : OWN.matcher(messageId.strip());
        return m != null && m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** The reply id of one of our Message-IDs, or empty. */
    public static OptionalLong replyOf(String messageId) {
        Matcher m = messageId == null ? null : OWN.matcher(messageId.strip());
        return m != null && m.matches() ? OptionalLong.of(Long.parseLong(m.group(2))) : OptionalLong.empty();
    }

    private static String random() {
        char[] c = new char[16];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }
}
