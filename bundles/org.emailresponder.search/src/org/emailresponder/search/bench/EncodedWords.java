package org.emailresponder.search.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes RFC 2047 encoded words (=?charset?Q|B?text?=) in header values. */
final class EncodedWords {
    private static final Pattern WORD = Pattern.compile("=\\?([^?]+)\\?([QqBb])\\?([^?]*)\\?=");

    private EncodedWords() {
    }

    static String decode(String value) {
        if (value == null || !value.contains("=?")) {
            return value;
        }
        Matcher m = WORD.matcher(value.replaceAll("\\?=\\s+=\\?", "?==?"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(word(m.group(1), m.group(2), m.group(3))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String word(String charsetName, String encoding, String text) {
        try {
            Charset charset = Charset.forName(charsetName);
            byte[] bytes = encoding.equalsIgnoreCase("B")
                    ? Base64.getDecoder().decode(text)
                    : MimeText.quotedPrintable(text.replace('_', ' '));
            return new String(bytes, charset);
        } catch (RuntimeException broken) {
            return new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        }
    }
}
