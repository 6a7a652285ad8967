package org.emailresponder.mail;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conversation tag {@code [ER#<conversationId>]} in subjects. A tag is only a hint: anyone can type one, so the
 * Manager trusts it only when the sender belongs to the conversation.
 */
public final class SubjectTag {

    private static final Pattern TAG = Pattern.compile("\\[ER#(\\d{1,18})\\]");

    private SubjectTag() {
    }

    public static String format(long conversationId) {
        return "[ER#" + conversationId + "]";
    }

    /** The conversation id of the first tag anywhere in the subject, or empty. */
    public static OptionalLong parse(String subject) {
        if (subject == null) {
            return OptionalLong.empty();
        }
        Matcher m = TAG.matcher(subject);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** The subject with the conversation's tag appended, unless it carries a tag already (the agent's choice wins). */
    public static String tagged(String subject, long conversationId) {
        String base = subject == null ? "" : subject.strip();
        if (parse(base).isPresent()) {
            return base;
        }
        return base.isEmpty() ? format(conversationId) : base + " " + format(conversationId);
    }
}
