package org.emailresponder.contacts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.emailresponder.core.ValidationException;

/**
 * Maps a CSV header row to record fields. Header names are compared without case, spaces, dashes or underscores
 * ("First Name" = "first_name" = "firstname"); a column no synonym knows becomes a custom field named as in the header.
 */
final class CsvColumns {
    static final String CUSTOM = "custom";

    private final List<String> headers;
    private final List<String> fields = new ArrayList<>();

    CsvColumns(List<String> headers, Map<String, String> synonyms, String... required) {
        this.headers = headers.stream().map(String::strip).toList();
        for (String header : this.headers) {
            fields.add(synonyms.getOrDefault(normalize(header), header.isEmpty() ? null : CUSTOM));
        }
        for (String field : required) {
            if (!fields.contains(field)) {
                throw new ValidationException("The header row has no " + field + " column (found: " + String.join(", ", this.headers) + ")");
            }
        }
    }

    int size() {
        return headers.size();
    }

    /** The record field of column i: a known field name, {@link #CUSTOM}, or null for an unnamed column. */
    String field(int i) {
        return fields.get(i);
    }

    String header(int i) {
        return headers.get(i);
    }

    static String normalize(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Splits a multi-value cell ("a@x; b@y", one alias per line or ';'). */
    static List<String> splitValues(String cell, String separators) {
        List<String> values = new ArrayList<>();
        for (String part : cell.split("[" + separators + "]+")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }
}
