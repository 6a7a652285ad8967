package org.emailresponder.mail.internal.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 2047 encoded-words ({@code =?charset?B|Q?text?=}) in header values, decoded leniently: words also inside
 * quoted strings and glued to other text, whitespace between adjacent words dropped, bytes of adjacent words with
 * the same charset joined before decoding (so split multi-byte characters survive), unknown charsets guessed.
 */
public final class EncodedWords {

    private EncodedWords() {
    }

    public static String decode(String value, Problems problems) {
        if (value == null || value.indexOf("=?") < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        int i = 0;
        int afterLastWord = -1;
        while (i < value.length()) {
            int start = value.indexOf("=?", i);
            Word word = start < 0 ? null : Word.parse(value, start);
            if (word == null) {
                int next = start < 0 ? value.length() : start + 2;
                pendingCharset = flush(out, pending, pendingCharset, problems);
                out.append(value, i, next);
                i = next;
                continue;
            }
            String between = value.substring(i, start);
            boolean adjacent = afterLastWord == i && between.isBlank();
            if (!adjacent || !word.charset.equalsIgnoreCase(String.valueOf(pendingCharset))) {
                pendingCharset = flush(out, pending, pendingCharset, problems);
            }
            if (!adjacent) {
                out.append(between);
            }
            byte[] bytes = word.bytes(problems);
            pending.write(bytes, 0, bytes.length);
            pendingCharset = word.charset;
            i = word.end;
            afterLastWord = i;
        }
        flush(out, pending, pendingCharset, problems);
        return out.toString();
    }

    private static String flush(StringBuilder out, ByteArrayOutputStream pending, String charset, Problems problems) {
        if (pending.size() > 0) {
            byte[] b = pending.toByteArray();
            out.append(TextDecoding.decode(b, 0, b.length, charset, problems, "an encoded header word"));
            pending.reset();
        }
        return null;
    }

    private record Word(String charset, char encoding, String text, int end) {

        static Word parse(String s, int start) {
            int q1 = s.indexOf('?', start + 2);
            if (q1 < 0 || q1 + 2 >= s.length() || s.charAt(q1 + 2) != '?') {
                return null;
            }
            char enc = Character.toUpperCase(s.charAt(q1 + 1));
            int close = s.indexOf("?=", q1 + 3);
            if ((enc != 'B' && enc != 'Q') || close < 0) {
                return null;
            }
            String charset = s.substring(start + 2, q1);
            int star = charset.indexOf('*'); // RFC 2231 language suffix
            if (star >= 0) {
                charset = charset.substring(0, star);
            }
            if (charset.isEmpty() || charset.indexOf(' ') >= 0) {
                return null;
            }
            return new Word(charset, enc, s.substring(q1 + 3, close), close + 2);
        }

        byte[] bytes(Problems problems) {
            byte[] ascii = text.getBytes(StandardCharsets.ISO_8859_1);
            if (encoding == 'B') {
                return TransferDecoding.base64(ascii, 0, ascii.length, problems, "an encoded header word");
            }
            for (int k = 0; k < ascii.length; k++) {
                if (ascii[k] == '_') {
                    ascii[k] = ' ';
                }
            }
            return TransferDecoding.quotedPrintable(ascii, 0, ascii.length);
        }
    }
}
