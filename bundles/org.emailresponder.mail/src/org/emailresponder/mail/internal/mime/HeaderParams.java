package org.emailresponder.mail.internal.mime;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A structured header such as Content-Type or Content-Disposition: the leading value (lower case) and its
 * parameters (names lower case), with quoted strings, RFC 2231 continuations and charsets, and RFC 2047 words
 * in file names, all tolerated.
 */
public record HeaderParams(String value, Map<String, String> params) {

    public String param(String name) {
        return params.get(name);
    }

    public static HeaderParams parse(String header, Problems problems) {
        if (header == null) {
            return new HeaderParams("", Map.of());
        }
        int semi = header.indexOf(';');
        String value = (semi < 0 ? header : header.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("\"") && value.endsWith("\"") && value.length() > 1) {
            value = value.substring(1, value.length() - 1).strip();
        }
        Map<String, String> raw = new HashMap<>();
        if (semi >= 0) {
            readParams(header, semi + 1, raw);
        }
        return new HeaderParams(value, joinRfc2231(raw, problems));
    }

    private static void readParams(String s, int from, Map<String, String> out) {
        int i = from;
        int n = s.length();
        while (i < n) {
            while (i < n && (s.charAt(i) == ';' || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
            int nameStart = i;
            while (i < n && s.charAt(i) != '=' && s.charAt(i) != ';') {
                i++;
            }
            String name = s.substring(nameStart, i).strip().toLowerCase(Locale.ROOT);
            if (i >= n || s.charAt(i) == ';') {
                continue; // a name without value: ignored
            }
            i++;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            StringBuilder val = new StringBuilder();
            if (i < n && s.charAt(i) == '"') {
                i++;
                while (i < n && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    val.append(s.charAt(i++));
                }
                i++;
                while (i < n && s.charAt(i) != ';') {
                    i++;
                }
            } else {
                while (i < n && s.charAt(i) != ';') {
                    val.append(s.charAt(i++));
                }
            }
            if (!name.isEmpty()) {
                out.putIfAbsent(name, val.toString().strip());
            }
        }
    }

    /** Joins name*0*, name*1 ... and decodes name*=charset'lang'%xx values (RFC 2231). */
    private static Map<String, String> joinRfc2231(Map<String, String> raw, Problems problems) {
        if (raw.keySet().stream().noneMatch(k -> k.indexOf('*') >= 0)) {
            raw.replaceAll((k, v) -> k.equals("boundary") ? v : EncodedWords.decode(v, problems));
            return raw;
        }
        Map<String, TreeMap<Integer, String[]>> pieces = new HashMap<>();
        Map<String, String> result = new HashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String key = e.getKey();
            int star = key.indexOf('*');
            if (star < 0) {
                result.put(key, key.equals("boundary") ? e.getValue() : EncodedWords.decode(e.getValue(), problems));
                continue;
            }
            String base = key.substring(0, star);
            String rest = key.substring(star + 1);
            boolean encoded = rest.endsWith("*") || rest.isEmpty();
            String index = rest.endsWith("*") ? rest.substring(0, rest.length() - 1) : rest;
            int idx = index.isEmpty() ? 0 : parseIndex(index);
            pieces.computeIfAbsent(base, k -> new TreeMap<>()).put(idx, new String[] {e.getValue(), encoded ? "*" : ""});
        }
        for (Map.Entry<String, TreeMap<Integer, String[]>> e : pieces.entrySet()) {
            result.put(e.getKey(), decode2231(e.getValue(), problems));
        }
        return result;
    }

    private static int parseIndex(String index) {
        try {
            return Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String decode2231(TreeMap<Integer, String[]> parts, Problems problems) {
        String charset = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean first = true;
        for (String[] part : parts.values()) {
            String v = part[0];
            boolean encoded = !part[1].isEmpty();
            if (first && encoded) {
                int q1 = v.indexOf('\'');
                int q2 = q1 < 0 ? -1 : v.indexOf('\'', q1 + 1);
                if (q2 > 0) {
                    charset = v.substring(0, q1);
                    v = v.substring(q2 + 1);
                }
            }
            first = false;
            appendPercentDecoded(bytes, v, encoded);
        }
        byte[] b = bytes.toByteArray();
        return TextDecoding.decode(b, 0, b.length, charset == null ? "UTF-8" : charset, problems, "a header parameter");
    }

    private static void appendPercentDecoded(ByteArrayOutputStream out, String v, boolean encoded) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (encoded && c == '%' && i + 2 < v.length() + 0 && TransferDecoding.hex((byte) v.charAt(i + 1)) >= 0
                    && TransferDecoding.hex((byte) v.charAt(i + 2)) >= 0) {
                out.write(TransferDecoding.hex((byte) v.charAt(i + 1)) << 4 | TransferDecoding.hex((byte) v.charAt(i + 2)));
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.write(utf8, 0, utf8.length);
            }
        }
    }
}
