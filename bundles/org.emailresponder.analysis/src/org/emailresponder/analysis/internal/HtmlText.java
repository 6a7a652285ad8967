package org.emailresponder.analysis.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an HTML body into plain text good enough for analysis: tags dropped (block tags become line breaks), script
 * and style content dropped, common entities decoded, runs of blanks collapsed. One pass, no DOM.
 */
public final class HtmlText {
    private static final Set<String> BLOCK_TAGS = Set.of("br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4",
            "h5", "h6", "table", "blockquote", "pre", "hr", "ul", "ol");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "euro", "\u20ac", "copy", "\u00a9");

    private HtmlText() {
    }

    public static String toText(String html) {
        StringBuilder out = new StringBuilder(html.length() / 2);
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                i = skipTag(html, i, out);
            } else if (c == '&') {
                i = decodeEntity(html, i, out);
            } else {
                appendCollapsed(out, Character.isWhitespace(c) ? ' ' : c);
                i++;
            }
        }
        return out.toString().strip();
    }

    private static int skipTag(String html, int open, StringBuilder out) {
        int close = html.indexOf('>', open);
        if (close < 0) {
            return html.length();
        }
        String name = tagName(html, open + 1, close);
        if (name.equals("script") || name.equals("style")) {
            int end = indexOfIgnoreCase(html, "</" + name, close);
            close = end < 0 ? html.length() - 1 : Math.max(close, html.indexOf('>', end));
            if (close < 0) {
                return html.length();
            }
        } else if (BLOCK_TAGS.contains(name)) {
            trimTrailingBlank(out);
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        } else {
            appendCollapsed(out, ' ');
        }
        return close + 1;
    }

    private static int indexOfIgnoreCase(String text, String wanted, int from) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, wanted, 0, wanted.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String tagName(String html, int from, int to) {
        int start = from < to && html.charAt(from) == '/' ? from + 1 : from;
        int end = start;
        while (end < to && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        return html.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static int decodeEntity(String html, int amp, StringBuilder out) {
        int semi = html.indexOf(';', amp);
        if (semi < 0 || semi - amp > 10) {
            out.append('&');
            return amp + 1;
        }
        String name = html.substring(amp + 1, semi);
        String decoded = name.startsWith("#") ? numeric(name) : ENTITIES.get(name.toLowerCase(Locale.ROOT));
        if (decoded == null) {
            out.append('&');
            return amp + 1;
        }
        appendCollapsed(out, decoded.charAt(0));
        out.append(decoded, 1, decoded.length());
        return semi + 1;
    }

    private static String numeric(String name) {
        try {
            int code = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1));
            return Character.isValidCodePoint(code) ? Character.toString(code == 160 ? ' ' : code) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void appendCollapsed(StringBuilder out, char c) {
        if (c == ' ') {
            int last = out.length() - 1;
            if (last < 0 || out.charAt(last) == ' ' || out.charAt(last) == '\n') {
                return;
            }
        }
        out.append(c);
    }

    private static void trimTrailingBlank(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
