package org.emailresponder.mail;

import java.util.Locale;
import java.util.Map;

/** Plain text from an HTML body, for HTML-only mail: scripts and styles dropped, blocks become line breaks. */
public final class HtmlText {

    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"), Map.entry("euro", "\u20ac"),
            Map.entry("auml", "\u00e4"), Map.entry("ouml", "\u00f6"), Map.entry("uuml", "\u00fc"),
            Map.entry("Auml", "\u00c4"), Map.entry("Ouml", "\u00d6"), Map.entry("Uuml", "\u00dc"),
            Map.entry("szlig", "\u00df"), Map.entry("eacute", "\u00e9"), Map.entry("egrave", "\u00e8"),
            Map.entry("agrave", "\u00e0"), Map.entry("ccedil", "\u00e7"), Map.entry("mdash", "\u2014"),
            Map.entry("ndash", "\u2013"), Map.entry("hellip", "\u2026"), Map.entry("rsquo", "\u2019"),
            Map.entry("lsquo", "\u2018"), Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"),
            Map.entry("bull", "\u2022"), Map.entry("middot", "\u00b7"), Map.entry("trade", "\u2122"));
    private static final java.util.Set<String> PARAGRAPHS = java.util.Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
            "h6", "table", "blockquote", "ul", "ol", "pre", "title");
    private static final java.util.Set<String> LINES = java.util.Set.of("br", "tr", "li", "hr", "dd", "dt");

    private HtmlText() {
    }

    /** The text body when there is one, else the text of the HTML body (HTML-only mail), else "". */
    public static String bodyText(String textBody, String htmlBody) {
        return textBody != null && !textBody.isBlank() ? textBody : toText(htmlBody);
    }

    public static String toText(String html) {
        if (html == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(html.length() / 2);
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                i = tag(html, i, out);
            } else if (c == '&') {
                i = entity(html, i, out);
            } else {
                if (Character.isWhitespace(c)) {
                    if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                        out.append(' ');
                    }
                } else {
                    out.append(c);
                }
                i++;
            }
        }
        return tidy(out);
    }

    private static int tag(String html, int start, StringBuilder out) {
        if (html.startsWith("<!--", start)) {
            int end = html.indexOf("-->", start + 4);
            return end < 0 ? html.length() : end + 3;
        }
        int end = html.indexOf('>', start);
        if (end < 0) {
            return html.length();
        }
        String name = tagName(html, start + 1, end);
        if ((name.equals("script") || name.equals("style") || name.equals("head")) && html.charAt(start + 1) != '/') {
            int close = indexOfIgnoreCase(html, "</" + name, end);
            int closeEnd = close < 0 ? -1 : html.indexOf('>', close);
            if (closeEnd >= 0) {
                return closeEnd + 1;
            }
            // an unclosed head (seen in real mail) hides nothing; an unclosed script or style hides the rest
            return name.equals("head") ? end + 1 : html.length();
        }
        if (PARAGRAPHS.contains(name) || LINES.contains(name)) {
            trimTrailingSpace(out);
            out.append(PARAGRAPHS.contains(name) ? "\n\n" : "\n");
            if (name.equals("li") && html.charAt(start + 1) != '/') {
                out.append("- ");
            }
        } else if (name.equals("td") || name.equals("th")) {
            out.append(' ');
        }
        return end + 1;
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        for (int i = from; i <= s.length() - needle.length(); i++) {
            if (s.charAt(i) == '<' && s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String tagName(String html, int from, int end) {
        int i = from;
        if (i < end && html.charAt(i) == '/') {
            i++;
        }
        int s = i;
        while (i < end && Character.isLetterOrDigit(html.charAt(i))) {
            i++;
        }
        return html.substring(s, i).toLowerCase(Locale.ROOT);
    }

    private static int entity(String html, int start, StringBuilder out) {
        int semi = html.indexOf(';', start);
        if (semi < 0 || semi - start > 10) {
            out.append('&');
            return start + 1;
        }
        String name = html.substring(start + 1, semi);
        String value = name.startsWith("#") ? numeric(name) : named(name);
        if (value == null) {
            out.append('&');
            return start + 1;
        }
        out.append(value);
        return semi + 1;
    }

    /** {@code &Auml;} and {@code &auml;} differ; otherwise case is forgiven ({@code &AMP;}, {@code &NBSP;}). */
    private static String named(String name) {
        String value = ENTITIES.get(name);
        return value != null ? value : ENTITIES.get(name.toLowerCase(Locale.ROOT));
    }

    private static String numeric(String name) {
        try {
            int code = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1));
            return Character.isValidCodePoint(code) ? Character.toString(code == 0xa0 ? ' ' : code) : null; // &#160; as &nbsp;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static String tidy(StringBuilder out) {
        String[] lines = out.toString().split("\n", -1);
        StringBuilder sb = new StringBuilder(out.length());
        int blank = 0;
        boolean bullet = false;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (l.equals("-")) {
                bullet = true; // a list item whose text sits in a nested block
                continue;
            }
            if (bullet) {
                l = "- " + l;
                bullet = false;
                blank = 0;
            }
            if (sb.length() > 0) {
                sb.append(blank > 0 ? "\n\n" : "\n");
            }
            sb.append(l);
            blank = 0;
        }
        return sb.toString();
    }
}
