package org.emailresponder.search.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal RFC 822 / MIME reader for the benchmark corpus: unfolded headers and the readable text of the body
 * (text/plain parts, else text/html without tags). Kept independent of the mail bundle on purpose.
 */
public final class RawMail {
    private final String envelopeLine;
    private final Map<String, List<String>> headers;
    private final String text;

    private RawMail(String envelopeLine, Map<String, List<String>> headers, String text) {
        this.envelopeLine = envelopeLine;
        this.headers = headers;
        this.text = text;
    }

    /** Parses a message whose bytes were read as ISO-8859-1 (one char per byte). */
    public static RawMail parse(String raw) {
        String content = raw.replace("\r\n", "\n");
        String envelope = null;
        if (content.startsWith("From ")) {
            int eol = content.indexOf('\n');
            envelope = eol < 0 ? content : content.substring(0, eol);
            content = eol < 0 ? "" : content.substring(eol + 1);
        }
        Part part = Part.split(content);
        return new RawMail(envelope, part.headers, MimeText.readableText(part));
    }

    /** The mbox "From " line (envelope sender and delivery time), or null. */
    public String envelopeLine() {
        return envelopeLine;
    }

    /** First value of a header (name case-insensitive), encoded words decoded, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : EncodedWords.decode(values.get(0));
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public String text() {
        return text;
    }

    /** One MIME entity: its headers (lower-case names) and its undecoded body. */
    static final class Part {
        final Map<String, List<String>> headers;
        final String body;

        private Part(Map<String, List<String>> headers, String body) {
            this.headers = headers;
            this.body = body;
        }

        static Part split(String content) {
            int end = content.indexOf("\n\n");
            String head = end < 0 ? content : content.substring(0, end);
            String body = end < 0 ? "" : content.substring(end + 2);
            if (content.startsWith("\n")) {
                head = "";
                body = content.substring(1);
            }
            return new Part(parseHeaders(head), body);
        }

        String first(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? "" : values.get(0);
        }

        private static Map<String, List<String>> parseHeaders(String head) {
            Map<String, List<String>> result = new LinkedHashMap<>();
            String unfolded = head.replaceAll("\n[ \t]+", " ");
            for (String line : unfolded.split("\n")) {
                int colon = line.indexOf(':');
                if (colon <= 0 || line.substring(0, colon).contains(" ")) {
                    continue;
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                result.computeIfAbsent(name, k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
            }
            return result;
        }
    }

    static Charset charsetOf(String contentType) {
        String name = MimeText.parameter(contentType, "charset");
        try {
            return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
        } catch (RuntimeException unknown) {
            return StandardCharsets.ISO_8859_1;
        }
    }
}
