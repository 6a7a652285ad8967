package org.emailresponder.mail;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conversation tag {@code [#ER-<conversationId>]} in subjects. A tag is only a hint: the Manager trusts it
 * only when the sender belongs to the conversation.
 */
public final class SubjectTag {

    private static final Pattern TAG = Pattern.compile("\\[#ER-(\\d{1,18})\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIX = Pattern.compile(
            "^\\s*((re|aw|antw|sv|vs|ref|r[ée]f|fw|fwd|wg|tr|rv|enc)(\\[\\d+\\])?\\s*[:：]\\s*)+", Pattern.CASE_INSENSITIVE);

    private SubjectTag() {
    }

    public static String format(long conversationId) {
        return "[#ER-" + conversationId + "]";
    }

    /** The conversation id of the first tag anywhere in the subject (after Re:, Fwd:, AW: ... too), or empty. */
    public static OptionalLong parse(String subject) {
        if (subject == null) {
            return OptionalLong.empty();
        }
        Matcher m = TAG.matcher(subject);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** The subject without reply/forward prefixes and without our tags. */
    public static String strip(String subject) {
        if (subject == null) {
            return "";
        }
        String s = TAG.matcher(subject).replaceAll("");
        s = PREFIX.matcher(s).replaceFirst("");
        return s.replaceAll("\\s{2,}", " ").strip();
    }

    /** The subject of our reply: {@code Re: <original without prefixes> [#ER-id]}. */
    public static String replySubject(String originalSubject, long conversationId) {
        String base = strip(originalSubject);
        return (base.isEmpty() ? "Re:" : "Re: " + base) + " " + format(conversationId);
    }
}
