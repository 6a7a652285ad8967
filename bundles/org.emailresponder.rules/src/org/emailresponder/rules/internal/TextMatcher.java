package org.emailresponder.rules.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.emailresponder.rules.model.Operator;
import org.emailresponder.rules.model.TextCondition;

/** Compares text as a TextCondition says (contains, equals, regular expression; case-insensitive by default). */
final class TextMatcher {
    private static final int MAX_PATTERNS = 1000;
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private TextMatcher() {
    }

    static boolean matches(TextCondition condition, String text) {
        if (text == null || condition.getValue() == null) {
            return false;
        }
        String expected = condition.getValue();
        boolean caseSensitive = condition.isCaseSensitive();
        Operator operator = condition.getOperator() == null ? Operator.CONTAINS : condition.getOperator();
        return switch (operator) {
            case EQUALS -> caseSensitive ? text.trim().equals(expected.trim()) : text.trim().equalsIgnoreCase(expected.trim());
            case REGEX -> pattern(expected, caseSensitive).matcher(text).find();
            case CONTAINS -> caseSensitive ? text.contains(expected)
                    : text.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT));
        };
    }

    static String describe(TextCondition condition, boolean matched) {
        Operator operator = condition.getOperator() == null ? Operator.CONTAINS : condition.getOperator();
        String verb = switch (operator) {
            case CONTAINS -> matched ? "contains" : "does not contain";
            case EQUALS -> matched ? "equals" : "does not equal";
            case REGEX -> matched ? "matches" : "does not match";
        };
        return verb + " '" + condition.getValue() + "'" + (condition.isCaseSensitive() ? " (case-sensitive)" : "");
    }


    private static Pattern pattern(String regex, boolean caseSensitive) {
        if (PATTERNS.size() > MAX_PATTERNS) {
            PATTERNS.clear();
        }
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return PATTERNS.computeIfAbsent(flags + ":" + regex, k -> Pattern.compile(regex, flags));
    }
}
