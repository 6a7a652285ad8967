package org.emailresponder.mail.internal.mime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bytes to text when the declared charset may be wrong, unknown (DEFAULT_CHARSET, x-unknown) or absent:
 * known charsets are used as declared, except that invalid UTF-8 and 8-bit "US-ASCII" are re-guessed; unknown ones
 * fall back to UTF-8 when the bytes are valid UTF-8, otherwise windows-1252 (a superset of ISO-8859-1).
 */
public final class TextDecoding {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Map<String, Optional<Charset>> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("utf8", "UTF-8"),
            Map.entry("latin1", "windows-1252"), Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("iso-8859-8-i", "ISO-8859-8"), Map.entry("ks_c_5601-1987", "EUC-KR"), Map.entry("gb2312", "GBK"),
            Map.entry("x-gbk", "GBK"), Map.entry("gb2312_charset", "GBK"), Map.entry("chinesebig5", "Big5"),
            Map.entry("ansi_x3.4-1968", "US-ASCII"), Map.entry("cp-850", "IBM850"));

    private TextDecoding() {
    }

    /** The charset for a declared name, or null when Java does not know it. ISO-8859-1 reads as windows-1252. */
    public static Charset lookup(String declared) {
        if (declared == null) {
            return null;
        }
        String name = declared.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return null;
        }
        return CACHE.computeIfAbsent(name, TextDecoding::resolve).orElse(null);
    }

    private static Optional<Charset> resolve(String name) {
        String alias = ALIASES.getOrDefault(name, name);
        try {
            return Optional.of(Charset.forName(alias));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Decodes text. Adds a sentence to {@code problems} (may be null) when the declared charset was not used.
     */
    public static String decode(byte[] b, int off, int len, String declared, Problems problems, String where) {
        if (isAscii(b, off, len)) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
        Charset cs = lookup(declared);
        if (cs != null && !cs.equals(StandardCharsets.US_ASCII) && !cs.equals(StandardCharsets.UTF_8)) {
            return new String(b, off, len, cs);
        }
        Charset guess = isValidUtf8(b, off, len) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        if (problems != null && !guess.equals(cs)) {
            problems.add((declared == null ? "8-bit text without charset" : cs == null
                    ? "unknown charset '" + declared + "'" : "text not valid as " + cs.name())
                    + " in " + where + "; read as " + guess.name());
        }
        return new String(b, off, len, guess);
    }

    public static boolean isAscii(byte[] b, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Strict UTF-8 well-formedness (no overlongs, no surrogates). */
    public static boolean isValidUtf8(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + n >= end) {
                return false;
            }
            int cp = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += n + 1;
        }
        return true;
    }
}
