package org.emailresponder.search.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Address and display name of a From header value. */
record Sender(String address, String name) {
    private static final Pattern ANGLE = Pattern.compile("^(.*)<([^>]+)>");
    private static final Pattern COMMENT = Pattern.compile("^(\\S+@\\S+)\\s*\\((.*)\\)");

    static Sender parse(String from) {
        if (from == null) {
            return new Sender("", "");
        }
        Matcher angle = ANGLE.matcher(from);
        if (angle.find()) {
            return new Sender(angle.group(2).trim(), unquote(angle.group(1)));
        }
        Matcher comment = COMMENT.matcher(from.trim());
        if (comment.find()) {
            return new Sender(comment.group(1), comment.group(2).trim());
        }
        return new Sender(from.trim(), "");
    }

    private static String unquote(String name) {
        return name.trim().replaceAll("^\"|\"$", "").trim();
    }
}
