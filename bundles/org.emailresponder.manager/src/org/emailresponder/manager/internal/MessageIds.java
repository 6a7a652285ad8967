package org.emailresponder.manager.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message-ID and address extraction from header values that are often malformed in real mail. */
public final class MessageIds {
    private static final Pattern ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern ADDRESS = Pattern.compile("[\\w.!#$%&'*+/=?^`{|}~-]+@[\\w.-]+");

    private MessageIds() {
    }

    /** The first {@code <id>} of a header value, with angle brackets; a bare token without brackets is accepted too. */
    public static String first(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ID.matcher(value);
        if (m.find()) {
            return "<" + m.group(1) + ">";
        }
        String bare = value.strip();
        return bare.isEmpty() || bare.contains(" ") ? null : "<" + bare + ">";
    }

    /** Every {@code <id>} of a References header, in order. */
    public static List<String> all(String value) {
        List<String> ids = new ArrayList<>();
        if (value != null) {
            Matcher m = ID.matcher(value);
            while (m.find()) {
                ids.add("<" + m.group(1) + ">");
            }
        }
        return ids;
    }

    public static String addressIn(String value) {
        Matcher m = ADDRESS.matcher(value);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }
}
