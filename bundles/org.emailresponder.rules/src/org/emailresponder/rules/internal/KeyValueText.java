package org.emailresponder.rules.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Reads free-form custom fields stored as "key: value" or "key=value" lines. */
final class KeyValueText {
    private KeyValueText() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> fields = new HashMap<>();
        if (text == null) {
            return fields;
        }
        for (String line : text.split("\r?\n")) {
            int separator = firstSeparator(line);
            if (separator > 0) {
                fields.put(line.substring(0, separator).trim().replace("\"", "").toLowerCase(Locale.ROOT),
                        line.substring(separator + 1).trim().replace("\"", ""));
            }
        }
        return fields;
    }

    private static int firstSeparator(String line) {
        int colon = line.indexOf(':');
        int equals = line.indexOf('=');
        if (colon < 0) {
            return equals;
        }
        return equals < 0 ? colon : Math.min(colon, equals);
    }
}
