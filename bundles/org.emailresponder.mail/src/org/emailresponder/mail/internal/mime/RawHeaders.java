package org.emailresponder.mail.internal.mime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The header block of a message or body part, read from raw bytes: names as written, values unfolded and
 * turned into text (8-bit bytes as UTF-8 when valid, else windows-1252), not yet RFC 2047-decoded.
 */
public final class RawHeaders {

    public record Field(String name, String value) {
    }

    private final List<Field> fields;
    private final int bodyStart;

    private RawHeaders(List<Field> fields, int bodyStart) {
        this.fields = fields;
        this.bodyStart = bodyStart;
    }

    public List<Field> fields() {
        return fields;
    }

    /** Offset of the first body byte (after the blank line), or the end when there is no body. */
    public int bodyStart() {
        return bodyStart;
    }

    /** The first value of a field (case-insensitive name), or null. */
    public String get(String name) {
        for (Field f : fields) {
            if (f.name.equalsIgnoreCase(name)) {
                return f.value;
            }
        }
        return null;
    }

    public static RawHeaders read(byte[] b, int start, int end, Problems problems, String where) {
        List<Field> fields = new ArrayList<>(24);
        int pos = start;
        int nameStart = -1;
        int nameEnd = -1;
        int valueStart = -1;
        int valueEnd = -1;
        while (pos < end) {
            int eol = lineEnd(b, pos, end);
            int lineLen = contentEnd(b, pos, eol) - pos;
            if (lineLen == 0) {
                pos = eol;
                break;
            }
            byte first = b[pos];
            if ((first == ' ' || first == '\t') && nameStart >= 0) {
                valueEnd = contentEnd(b, pos, eol);
                pos = eol;
                continue;
            }
            int colon = headerColon(b, pos, pos + lineLen);
            if (colon < 0) {
                if (fields.isEmpty() && nameStart < 0 && (startsWith(b, pos, "From ") || startsWith(b, pos, ">From "))) {
                    pos = eol; // mbox separator line
                    continue;
                }
                if (problems != null) {
                    problems.add("header block of " + where + " ends without a blank line");
                }
                break;
            }
            addField(fields, b, nameStart, nameEnd, valueStart, valueEnd);
            nameStart = pos;
            nameEnd = colon;
            valueStart = colon + 1;
            valueEnd = contentEnd(b, pos, eol);
            pos = eol;
        }
        addField(fields, b, nameStart, nameEnd, valueStart, valueEnd);
        return new RawHeaders(fields, Math.min(pos, end));
    }

    private static void addField(List<Field> fields, byte[] b, int nameStart, int nameEnd, int valueStart, int valueEnd) {
        if (nameStart < 0) {
            return;
        }
        String name = new String(b, nameStart, nameEnd - nameStart, StandardCharsets.ISO_8859_1).strip();
        fields.add(new Field(name, unfold(b, valueStart, Math.max(valueStart, valueEnd))));
    }

    private static String unfold(byte[] b, int from, int to) {
        String text = TextDecoding.isAscii(b, from, to - from)
                ? new String(b, from, to - from, StandardCharsets.ISO_8859_1)
                : new String(b, from, to - from,
                        TextDecoding.isValidUtf8(b, from, to - from) ? StandardCharsets.UTF_8 : TextDecoding.WINDOWS_1252);
        if (text.indexOf('\n') >= 0) {
            text = text.replace("\r\n", "").replace("\n", "");
        }
        return text.strip();
    }

    /** Index of the colon ending a valid field name on this line, or -1. */
    private static int headerColon(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == ':') {
                return i > from ? i : -1;
            }
            if (c <= ' ' && !(c == ' ' || c == '\t') || c < 0) {
                return -1;
            }
            if ((c == ' ' || c == '\t') && !onlyBlanksUntilColon(b, i, to)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean onlyBlanksUntilColon(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == ':') {
                return true;
            }
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return false;
    }

    static int lineEnd(byte[] b, int pos, int end) {
        for (int i = pos; i < end; i++) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return end;
    }

    /** End of the line's content: before CRLF or LF. */
    static int contentEnd(byte[] b, int pos, int eol) {
        int e = eol;
        if (e > pos && b[e - 1] == '\n') {
            e--;
        }
        if (e > pos && b[e - 1] == '\r') {
            e--;
        }
        return e;
    }

    private static boolean startsWith(byte[] b, int pos, String prefix) {
        if (pos + prefix.length() > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[pos + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
