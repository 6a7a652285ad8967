package org.emailresponder.analysis.tests;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emailresponder.analysis.AnalysisInput;

/**
 * Just enough RFC 822 / MIME reading to turn a corpus file into an {@link AnalysisInput} for the benchmark (the real
 * parsing belongs to the mail bundle): unfolded headers, the first text/plain part (else text/html), base64 decoded.
 */
final class RawMessages {
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";\\s]+)\"?");
    private static final Pattern ADDRESS = Pattern.compile("<([^>]+)>");

    private RawMessages() {
    }

    static AnalysisInput parse(long id, String raw) {
        Part message = Part.of(raw);
        Part text = message.firstOf("text/plain");
        Part html = text == null ? message.firstOf("text/html") : null;
        String from = message.headers.getOrDefault("from", "");
        Matcher address = ADDRESS.matcher(from);
        return AnalysisInput.builder(id).from(address.find() ? address.group(1) : from.strip(), from)
                .subject(message.headers.getOrDefault("subject", "")).headers(message.headers)
                .textBody(text == null ? null : text.decodedBody())
                .htmlBody(html == null ? null : html.decodedBody()).build();
    }

    private record Part(Map<String, String> headers, String body) {
        static Part of(String raw) {
            int split = raw.indexOf("\n\n");
            String head = split < 0 ? raw : raw.substring(0, split);
            Map<String, String> headers = new LinkedHashMap<>();
            String name = null;
            for (String line : head.split("\n")) {
                if ((line.startsWith(" ") || line.startsWith("\t")) && name != null) {
                    headers.merge(name, " " + line.strip(), String::concat);
                } else if (line.indexOf(':') > 0) {
                    name = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                    headers.putIfAbsent(name, line.substring(line.indexOf(':') + 1).strip());
                }
            }
            return new Part(headers, split < 0 ? "" : raw.substring(split + 2));
        }

        String contentType() {
            return headers.getOrDefault("content-type", "text/plain").toLowerCase(Locale.ROOT);
        }

        Part firstOf(String type) {
            if (contentType().startsWith(type)) {
                return this;
            }
            Matcher boundary = BOUNDARY.matcher(headers.getOrDefault("content-type", ""));
            if (!contentType().startsWith("multipart/") || !boundary.find()) {
                return null;
            }
            String[] parts = body.split(Pattern.quote("--" + boundary.group(1)));
            for (int i = 1; i < parts.length; i++) {
                Part found = Part.of(parts[i].startsWith("\n") ? parts[i].substring(1) : parts[i]).firstOf(type);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        String decodedBody() {
            if (headers.getOrDefault("content-transfer-encoding", "").equalsIgnoreCase("base64")) {
                try {
                    return new String(Base64.getMimeDecoder().decode(body.strip()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return body;
                }
            }
            return body;
        }
    }
}
