package org.emailresponder.search.internal;

import java.util.regex.Pattern;

/** Crude HTML to text for indexing only: drops scripts, styles and tags, keeps words. */
public final class HtmlText {
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private HtmlText() {
    }

    public static String strip(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(SCRIPT.matcher(html).replaceAll(" ")).replaceAll(" ");
        return text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
}
