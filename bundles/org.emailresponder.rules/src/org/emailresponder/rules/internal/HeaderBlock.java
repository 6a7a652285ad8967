package org.emailresponder.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses a stored RFC 5322 header block ("Name: value" lines, folded lines continued by white space). */
final class HeaderBlock {
    private HeaderBlock() {
    }

    static Map<String, List<String>> parse(String block) {
        Map<String, List<String>> headers = new HashMap<>();
        if (block == null) {
            return headers;
        }
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : block.split("\r?\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                value.append(' ').append(line.trim());
                continue;
            }
            add(headers, name, value);
            int colon = line.indexOf(':');
            name = colon > 0 ? line.substring(0, colon).trim() : null;
            value = new StringBuilder(colon > 0 ? line.substring(colon + 1).trim() : "");
        }
        add(headers, name, value);
        return headers;
    }

    private static void add(Map<String, List<String>> headers, String name, StringBuilder value) {
        if (name != null) {
            headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value.toString());
        }
    }
}
