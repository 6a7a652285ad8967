package org.emailresponder.manager.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our Message-ID scheme and subject tag. Replies get {@code <er.<conversation>.<random>@<domain>>}; the subject tag
 * {@code [ER#<conversation>]} is only trusted when the sender belongs to that conversation (anyone can type a tag).
 */
public final class OurIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TAG = Pattern.compile("\\[ER#(\\d{1,18})\\]");

    private OurIds() {
    }

    public static String newMessageId(long conversationId, String fromAddress) {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String domain = fromAddress == null || fromAddress.indexOf('@') < 0 ? "emailresponder.invalid"
                : fromAddress.substring(fromAddress.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "");
        return "<er." + conversationId + "." + HexFormat.of().formatHex(random) + "@" + domain + ">";
    }

    public static boolean isOurs(String messageId) {
        return messageId != null && messageId.startsWith("<er.");
    }

    public static String tag(long conversationId) {
        return "[ER#" + conversationId + "]";
    }

    /** The conversation named by a subject tag, or null. */
    public static Long taggedConversation(String subject) {
        if (subject == null) {
            return null;
        }
        Matcher m = TAG.matcher(subject);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }
}
