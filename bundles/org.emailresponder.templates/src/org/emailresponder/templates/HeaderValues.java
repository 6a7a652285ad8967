package org.emailresponder.templates;

/** Makes text safe for a mail header: a value can never start a new header line. */
public final class HeaderValues {
    private HeaderValues() {
    }

    /** The text with every run of CR, LF and other line separators replaced by one space; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029\\u000B\\u000C]+", " ");
    }
}
