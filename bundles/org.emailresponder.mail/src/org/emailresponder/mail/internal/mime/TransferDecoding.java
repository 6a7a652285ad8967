package org.emailresponder.mail.internal.mime;

import java.util.Arrays;

/** Lenient Content-Transfer-Encoding decoders: garbage is skipped and reported, never fatal. */
public final class TransferDecoding {

    private static final byte[] BASE64 = new byte[256];

    static {
        Arrays.fill(BASE64, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            BASE64[alphabet.charAt(i)] = (byte) i;
        }
    }

    private TransferDecoding() {
    }

    /** Decodes by encoding name; 7bit, 8bit, binary and unknown encodings are returned as they are. */
    public static byte[] decode(byte[] b, int off, int len, String encoding, Problems problems, String where) {
        if (encoding == null) {
            return Arrays.copyOfRange(b, off, off + len);
        }
        switch (encoding) {
            case "base64":
                return base64(b, off, len, problems, where);
            case "quoted-printable":
                return quotedPrintable(b, off, len);
            case "7bit", "8bit", "binary", "":
                return Arrays.copyOfRange(b, off, off + len);
            default:
                if (problems != null) {
                    problems.add("unknown transfer encoding '" + encoding + "' in " + where + "; kept as is");
                }
                return Arrays.copyOfRange(b, off, off + len);
        }
    }

    /**
     * Base64, line by line. Lines before the data that are not base64 are skipped; a non-base64 line after the
     * data (typically a mailing-list footer appended to the part) ends it. Both are reported.
     */
    public static byte[] base64(byte[] b, int off, int len, Problems problems, String where) {
        byte[] out = new byte[len * 3 / 4 + 3];
        int o = 0;
        int bits = 0;
        int count = 0;
        boolean skipped = false;
        int garbage = 0;
        int end = off + len;
        int i = off;
        while (i < end) {
            int eol = i;
            while (eol < end && b[eol] != '\n') {
                eol++;
            }
            if (!isBase64Line(b, i, eol)) {
                if (o > 0 || count > 0) {
                    if (problems != null && hasText(b, i, end)) {
                        problems.add("text after the base64 data of " + where + " ignored");
                    }
                    break;
                }
                skipped = true;
                i = eol + 1;
                continue;
            }
            for (int k = i; k < eol; k++) {
                int c = b[k] & 0xFF;
                int v = BASE64[c];
                if (v >= 0) {
                    bits = (bits << 6) | v;
                    if (++count == 4) {
                        out[o++] = (byte) (bits >> 16);
                        out[o++] = (byte) (bits >> 8);
                        out[o++] = (byte) bits;
                        count = 0;
                        bits = 0;
                    }
                } else if (c == '=') {
                    o = flush(out, o, bits, count);
                    count = 0;
                    bits = 0;
                } else if (c > ' ') {
                    garbage++;
                }
            }
            i = eol + 1;
        }
        o = flush(out, o, bits, count);
        if ((skipped || garbage > 0) && problems != null) {
            problems.add("invalid base64 in " + where + " skipped");
        }
        return Arrays.copyOf(out, o);
    }

    /** A line of base64, perhaps with a few corrupt characters; text (spaces between words, mostly other chars) is not. */
    private static boolean isBase64Line(byte[] b, int from, int to) {
        int valid = 0;
        int invalid = 0;
        boolean seenData = false;
        boolean gap = false;
        for (int k = from; k < to; k++) {
            int c = b[k] & 0xFF;
            if (c == ' ' || c == '\t' || c == '\r') {
                gap = seenData;
            } else {
                if (gap) {
                    return false; // words separated by blanks: text, not base64
                }
                seenData = true;
                if (BASE64[c] >= 0 || c == '=') {
                    valid++;
                } else {
                    invalid++;
                }
            }
        }
        return invalid * 5 <= valid;
    }

    private static boolean hasText(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            if (b[k] > ' ') {
                return true;
            }
        }
        return false;
    }

    private static int flush(byte[] out, int o, int bits, int count) {
        if (count == 2) {
            out[o++] = (byte) (bits >> 4);
        } else if (count == 3) {
            out[o++] = (byte) (bits >> 10);
            out[o++] = (byte) (bits >> 2);
        }
        return o;
    }

    public static byte[] quotedPrintable(byte[] b, int off, int len) {
        byte[] out = new byte[len];
        int o = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte c = b[i];
            if (c != '=') {
                out[o++] = c;
                continue;
            }
            if (i + 1 < end && b[i + 1] == '\n') {
                i += 1;
            } else if (i + 2 < end && b[i + 1] == '\r' && b[i + 2] == '\n') {
                i += 2;
            } else if (i + 2 < end && hex(b[i + 1]) >= 0 && hex(b[i + 2]) >= 0) {
                out[o++] = (byte) (hex(b[i + 1]) << 4 | hex(b[i + 2]));
                i += 2;
            } else if (i + 1 == end || (i + 2 == end && b[i + 1] == '\r')) {
                break; // soft break at the very end
            } else {
                out[o++] = c; // a lone '=' is kept as text
            }
        }
        return Arrays.copyOf(out, o);
    }

    static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }
}
