package org.emailresponder.contacts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.emailresponder.core.ValidationException;

/**
 * Custom fields of contacts and products: a flat JSON object of strings stored in the {@code custom_fields} column.
 * Only this flat shape is accepted, so any tool can read the column and no JSON library is needed.
 */
public final class CustomFields {
    private CustomFields() {
    }

    /** The fields stored in a column value; an empty map for null or blank text. */
    public static Map<String, String> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new FlatJsonReader(json).readObject());
    }

    /** The column value for the given fields (null for none, so empty fields cost nothing). */
    public static String format(Map<String, String> fields) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getValue() == null) {
                continue;
            }
            if (out.length() > 1) {
                out.append(',');
            }
            quote(field.getKey(), out);
            out.append(':');
            quote(field.getValue(), out);
        }
        return out.append('}').toString();
    }

    /** A copy of fields with one value set (or removed when value is null). */
    public static Map<String, String> with(Map<String, String> fields, String name, String value) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("A custom field needs a name");
        }
        Map<String, String> copy = new LinkedHashMap<>(fields);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return Collections.unmodifiableMap(copy);
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
