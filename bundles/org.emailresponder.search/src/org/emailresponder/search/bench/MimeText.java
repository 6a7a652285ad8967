package org.emailresponder.search.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts readable text from a MIME entity: text/plain preferred, text/html stripped as a fallback. */
final class MimeText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final int MAX_DEPTH = 8;

    private MimeText() {
    }

    static String readableText(RawMail.Part part) {
        List<String> plain = new ArrayList<>();
        List<String> html = new ArrayList<>();
        collect(part, plain, html, 0);
        if (!plain.isEmpty()) {
            return String.join("\n", plain);
        }
        return String.join("\n", html);
    }

    private static void collect(RawMail.Part part, List<String> plain, List<String> html, int depth) {
        String type = part.first("content-type");
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("multipart/") && depth < MAX_DEPTH) {
            String boundary = parameter(type, "boundary");
            if (boundary != null) {
                for (String child : children(part.body, boundary)) {
                    collect(RawMail.Part.split(child), plain, html, depth + 1);
                }
                return;
            }
        }
        if (lower.startsWith("message/rfc822") && depth < MAX_DEPTH) {
            collect(RawMail.Part.split(part.body), plain, html, depth + 1);
            return;
        }
        String disposition = part.first("content-disposition").toLowerCase(Locale.ROOT);
        if (disposition.startsWith("attachment")) {
            return;
        }
        if (lower.isEmpty() || lower.startsWith("text/plain")) {
            plain.add(decode(part));
        } else if (lower.startsWith("text/html")) {
            html.add(TAG.matcher(decode(part)).replaceAll(" ").replace("&nbsp;", " "));
        }
    }

    private static List<String> children(String body, String boundary) {
        List<String> parts = new ArrayList<>();
        String delimiter = "--" + boundary;
        String[] pieces = body.split("(?m)^" + Pattern.quote(delimiter));
        for (int i = 1; i < pieces.length; i++) {
            String piece = pieces[i];
            if (piece.startsWith("--")) {
                break;
            }
            int eol = piece.indexOf('\n');
            parts.add(eol < 0 ? "" : piece.substring(eol + 1));
        }
        return parts;
    }

    private static String decode(RawMail.Part part) {
        String encoding = part.first("content-transfer-encoding").toLowerCase(Locale.ROOT);
        byte[] bytes;
        if (encoding.contains("base64")) {
            bytes = base64(part.body);
        } else if (encoding.contains("quoted-printable")) {
            bytes = quotedPrintable(part.body);
        } else {
            bytes = part.body.getBytes(StandardCharsets.ISO_8859_1);
        }
        return new String(bytes, RawMail.charsetOf(part.first("content-type")));
    }

    private static byte[] base64(String body) {
        try {
            return Base64.getMimeDecoder().decode(body.replaceAll("[^A-Za-z0-9+/=]", ""));
        } catch (IllegalArgumentException broken) {
            return body.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    static byte[] quotedPrintable(String body) {
        String joined = body.replaceAll("=\n", "");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(joined.length());
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c & 0xff);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** A parameter of a structured header such as Content-Type, or null. */
    static String parameter(String header, String name) {
        Matcher m = Pattern.compile("(?i);\\s*" + name + "\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)").matcher(header);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }
}
