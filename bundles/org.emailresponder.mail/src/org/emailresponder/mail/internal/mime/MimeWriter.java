package org.emailresponder.mail.internal.mime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Encoders for outgoing mail: RFC 2047 header words, quoted-printable and base64 bodies, all with CRLF lines. */
public final class MimeWriter {

    private static final String SPECIALS = "()<>[]:;@\\,.\"";

    private MimeWriter() {
    }

    /** Removes CR and LF (header injection) and other control characters, so a value stays on its header line. */
    public static String oneLine(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            sb.append(c == '\t' || c >= ' ' && c != 0x7F ? c : ' ');
        }
        return sb.toString().replaceAll(" {2,}", " ").strip();
    }

    /** An unstructured header value (e.g. Subject), as is when ASCII, else as folded UTF-8 B encoded-words. */
    public static String unstructured(String value) {
        String v = oneLine(value);
        return isAscii(v) ? v : encodedWords(v);
    }

    /** A display name: as is, quoted when it has specials, or encoded-words when not ASCII. */
    public static String phrase(String name) {
        String v = oneLine(name);
        if (!isAscii(v)) {
            return encodedWords(v);
        }
        for (int i = 0; i < v.length(); i++) {
            if (SPECIALS.indexOf(v.charAt(i)) >= 0) {
                return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            }
        }
        return v;
    }

    /** UTF-8 B encoded-words of at most 75 characters each, folded onto continuation lines. */
    static String encodedWords(String v) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < v.length()) {
            int end = i;
            int bytes = 0;
            while (end < v.length()) {
                int cp = v.codePointAt(end);
                int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + len > 36) {
                    break; // 36 bytes -> 48 base64 chars + 12 of framing: fits after any header name
                }
                bytes += len;
                end += Character.charCount(cp);
            }
            if (out.length() > 0) {
                out.append("\r\n ");
            }
            out.append("=?UTF-8?B?")
                    .append(Base64.getEncoder().encodeToString(v.substring(i, end).getBytes(StandardCharsets.UTF_8)))
                    .append("?=");
            i = end;
        }
        return out.toString();
    }

    /** Quoted-printable with CRLF line ends and soft breaks keeping lines at most 76 characters. */
    public static String quotedPrintable(String text) {
        byte[] b = normalizeLineEnds(text).getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(b.length + b.length / 8);
        int lineLen = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
                out.append("\r\n");
                lineLen = 0;
                i++;
                continue;
            }
            boolean lineEndNext = i + 1 == b.length || b[i + 1] == '\r';
            boolean literal = c >= 33 && c <= 126 && c != '=' || (c == ' ' || c == '\t') && !lineEndNext;
            String piece = literal ? String.valueOf((char) c) : String.format("=%02X", c);
            if (lineLen + piece.length() > 75) {
                out.append("=\r\n");
                lineLen = 0;
            }
            out.append(piece);
            lineLen += piece.length();
        }
        return out.toString();
    }

    public static String base64(byte[] data) {
        return Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encodeToString(data);
    }

    public static String normalizeLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    }

    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
