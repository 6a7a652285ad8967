package org.emailresponder.contacts;

import java.util.LinkedHashMap;
import java.util.Map;

import org.emailresponder.core.ValidationException;

/** Reads one flat JSON object whose values are strings, numbers, booleans or null (null values are dropped). */
final class FlatJsonReader {
    private final String text;
    private int pos;

    FlatJsonReader(String text) {
        this.text = text;
    }

    Map<String, String> readObject() {
        Map<String, String> fields = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            pos++;
            return end(fields);
        }
        do {
            String name = readString();
            expect(':');
            String value = readValue();
            if (value != null) {
                fields.put(name, value);
            }
        } while (consumeComma());
        expect('}');
        return end(fields);
    }

    private Map<String, String> end(Map<String, String> fields) {
        if (peek() != 0) {
            throw error("text after the closing brace");
        }
        return fields;
    }

    private boolean consumeComma() {
        if (peek() == ',') {
            pos++;
            return true;
        }
        return false;
    }

    private String readValue() {
        char c = peek();
        if (c == '"') {
            return readString();
        }
        int start = pos;
        while (pos < text.length() && ",}".indexOf(text.charAt(pos)) < 0 && !Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        String literal = text.substring(start, pos);
        if (literal.equals("null")) {
            return null;
        }
        if (literal.equals("true") || literal.equals("false") || literal.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
            return literal;
        }
        throw error("custom fields must be text, numbers or true/false");
    }

    private String readString() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("broken \\u escape");
                    }
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> out.append(e);
            }
        }
        throw error("unterminated string");
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private ValidationException error(String what) {
        return new ValidationException("Custom fields are not a flat JSON object (" + what + " at character " + (pos + 1) + ")");
    }
}
