package org.emailresponder.mail.internal.mime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits a multipart body at its boundary lines; a missing closing boundary ends the last part at the end. */
public final class Multipart {

    /** A body part's bytes: {@code [start, end)} of the message buffer. */
    public record Range(int start, int end) {
    }

    private Multipart() {
    }

    /** The parts, or an empty list when the boundary never occurs. */
    public static List<Range> split(byte[] b, int start, int end, String boundary, Problems problems, String where) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Range> parts = new ArrayList<>();
        int partStart = -1;
        int pos = start;
        while (pos < end) {
            int eol = RawHeaders.lineEnd(b, pos, end);
            if (b[pos] == '-' && startsWith(b, pos, eol, delimiter)) {
                int after = pos + delimiter.length;
                boolean closing = after + 1 < eol && b[after] == '-' && b[after + 1] == '-';
                if (closing || onlyBlanks(b, after, eol)) {
                    if (partStart >= 0) {
                        parts.add(new Range(partStart, lineBreakBefore(b, partStart, pos)));
                    }
                    if (closing) {
                        return parts;
                    }
                    partStart = eol;
                }
            }
            pos = eol;
        }
        if (partStart >= 0) {
            parts.add(new Range(partStart, end));
            if (problems != null) {
                problems.add("closing boundary missing in " + where);
            }
        }
        return parts;
    }

    /** A boundary for a multipart without one: the first line that looks like {@code --something}. */
    public static String guessBoundary(byte[] b, int start, int end) {
        int pos = start;
        while (pos < end) {
            int eol = RawHeaders.lineEnd(b, pos, end);
            int ce = RawHeaders.contentEnd(b, pos, eol);
            if (ce - pos > 3 && b[pos] == '-' && b[pos + 1] == '-' && b[pos + 2] > ' ') {
                return new String(b, pos + 2, ce - pos - 2, StandardCharsets.ISO_8859_1).strip();
            }
            pos = eol;
        }
        return null;
    }

    private static int lineBreakBefore(byte[] b, int partStart, int delimiterPos) {
        int e = delimiterPos;
        if (e > partStart && b[e - 1] == '\n') {
            e--;
        }
        if (e > partStart && b[e - 1] == '\r') {
            e--;
        }
        return e;
    }

    private static boolean startsWith(byte[] b, int pos, int eol, byte[] prefix) {
        if (pos + prefix.length > eol) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[pos + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyBlanks(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n') {
                return false;
            }
        }
        return true;
    }
}
