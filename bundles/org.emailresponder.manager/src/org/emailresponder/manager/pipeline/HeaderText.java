package org.emailresponder.manager.pipeline;

import java.util.Map;
import java.util.TreeMap;

/** Turns the stored header block ("Name: value" lines, folded lines indented) into name to first value. */
final class HeaderText {
    private HeaderText() {
    }

    static Map<String, String> parse(String block) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (block == null || block.isEmpty()) {
            return headers;
        }
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : block.split("\r?\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            put(headers, name, value);
            int colon = line.indexOf(':');
            name = colon > 0 ? line.substring(0, colon).strip() : null;
            value.setLength(0);
            if (name != null) {
                value.append(line.substring(colon + 1).strip());
            }
        }
        put(headers, name, value);
        return headers;
    }

    private static void put(Map<String, String> headers, String name, StringBuilder value) {
        if (name != null && !name.isEmpty()) {
            headers.putIfAbsent(name, value.toString());
        }
    }
}
