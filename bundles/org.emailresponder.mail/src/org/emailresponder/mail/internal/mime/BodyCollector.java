package org.emailresponder.mail.internal.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.emailresponder.mail.ParsedAttachment;

/**
 * Walks the MIME tree of a message and collects its text, HTML and attachments. Depth and part count are bounded
 * so that a hostile message cannot exhaust the parser.
 */
final class BodyCollector {

    private static final int MAX_DEPTH = 20;
    private static final int MAX_PARTS = 500;

    private final byte[] raw;
    private final Problems problems;
    private final StringBuilder text = new StringBuilder();
    private String html;
    private final List<ParsedAttachment> attachments = new ArrayList<>(2);
    private int parts;

    BodyCollector(byte[] raw, Problems problems) {
        this.raw = raw;
        this.problems = problems;
    }

    String text() {
        return text.length() == 0 ? null : text.toString();
    }

    String html() {
        return html;
    }

    List<ParsedAttachment> attachments() {
        return attachments;
    }

    void walk(RawHeaders headers, int bodyEnd, String defaultType, String where, int depth, boolean inRelated) {
        if (++parts > MAX_PARTS || depth > MAX_DEPTH) {
            problems.add("too many or too deeply nested parts; the rest is kept only in the raw message");
            return;
        }
        String ctHeader = headers.get("Content-Type");
        HeaderParams ct = HeaderParams.parse(ctHeader == null ? defaultType : ctHeader, problems);
        String type = ct.value();
        if (type.indexOf('/') < 0) {
            if (ctHeader != null) {
                problems.add("invalid content type '" + ctHeader + "' in " + where + "; read as text/plain");
            }
            type = "text/plain";
        }
        if (type.startsWith("multipart/")) {
            multipart(ct, type, headers.bodyStart(), bodyEnd, where, depth);
        } else {
            leaf(headers, ct, type, bodyEnd, where, inRelated);
        }
    }

    private void multipart(HeaderParams ct, String type, int start, int end, String where, int depth) {
        String boundary = ct.param("boundary");
        if (boundary == null || boundary.isEmpty()) {
            boundary = Multipart.guessBoundary(raw, start, end);
            problems.add("boundary parameter missing in " + where + (boundary == null ? "; read as text" : "; guessed"));
        }
        List<Multipart.Range> ranges = boundary == null ? List.of()
                : Multipart.split(raw, start, end, boundary, problems, where);
        if (ranges.isEmpty()) {
            if (boundary != null) {
                problems.add("boundary not found in " + where + "; body read as text");
            }
            appendText(TextDecoding.decode(raw, start, end - start, null, problems, where));
            return;
        }
        String childDefault = type.equals("multipart/digest") ? "message/rfc822" : "text/plain";
        boolean alternative = type.equals("multipart/alternative");
        int textBefore = text.length();
        for (int i = 0; i < ranges.size(); i++) {
            Multipart.Range r = ranges.get(i);
            RawHeaders child = RawHeaders.read(raw, r.start(), r.end(), problems, "part " + where + "." + (i + 1));
            if (alternative && text.length() > textBefore && isPlain(child)) {
                continue; // a second plain alternative says the same again
            }
            walk(child, r.end(), childDefault, where + "." + (i + 1), depth + 1, type.equals("multipart/related"));
        }
    }

    private static boolean isPlain(RawHeaders child) {
        String ct = child.get("Content-Type");
        return ct == null || ct.toLowerCase(Locale.ROOT).strip().startsWith("text/plain");
    }

    private void leaf(RawHeaders headers, HeaderParams ct, String type, int end, String where, boolean inRelated) {
        int start = headers.bodyStart();
        HeaderParams disposition = HeaderParams.parse(headers.get("Content-Disposition"), problems);
        String fileName = firstNonBlank(disposition.param("filename"), ct.param("name"));
        boolean attachment = disposition.value().equals("attachment") || fileName != null;
        String encoding = headers.get("Content-Transfer-Encoding");
        encoding = encoding == null ? null : encoding.strip().toLowerCase(Locale.ROOT);
        boolean plain = !attachment && type.equals("text/plain");
        boolean rich = !attachment && type.equals("text/html") && html == null;
        if ((plain || rich) && isIdentity(encoding)) {
            // the common case: text as it lies in the message, decoded without an intermediate copy
            String value = TextDecoding.decode(raw, start, Math.max(0, end - start), ct.param("charset"), problems, "part " + where);
            if (plain) {
                appendText(value);
            } else {
                html = value;
            }
            return;
        }
        byte[] body = TransferDecoding.decode(raw, start, Math.max(0, end - start), encoding, problems, "part " + where);
        if (plain) {
            appendText(TextDecoding.decode(body, 0, body.length, ct.param("charset"), problems, "part " + where));
        } else if (rich) {
            html = TextDecoding.decode(body, 0, body.length, ct.param("charset"), problems, "part " + where);
        } else {
            String contentId = contentId(headers.get("Content-ID"));
            boolean inline = disposition.value().equals("inline") || (inRelated && contentId != null);
            String name = fileName != null ? fileName : generatedName(type);
            boolean tnef = name.equalsIgnoreCase("winmail.dat") || type.equals("application/ms-tnef")
                    || type.equals("application/vnd.ms-tnef");
            attachments.add(new ParsedAttachment(name, type, body.length, inline, contentId, body, tnef));
        }
    }

    private static boolean isIdentity(String encoding) {
        return encoding == null || encoding.equals("7bit") || encoding.equals("8bit") || encoding.equals("binary")
                || encoding.isEmpty();
    }

    private void appendText(String part) {
        if (text.length() > 0 && !part.isEmpty()) {
            text.append(text.charAt(text.length() - 1) == '\n' ? "\n" : "\n\n");
        }
        text.append(part);
    }

    private String generatedName(String type) {
        String ext = switch (type) {
            case "message/rfc822" -> "eml";
            case "text/rfc822-headers", "message/delivery-status", "text/plain" -> "txt";
            case "text/html" -> "html";
            case "text/calendar" -> "ics";
            default -> type.startsWith("image/") ? type.substring(6) : "bin";
        };
        return "part-" + (attachments.size() + 1) + "." + ext;
    }

    private static String contentId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.startsWith("<") && v.endsWith(">") ? v.substring(1, v.length() - 1) : v;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b != null && !b.isBlank() ? b.strip() : null;
    }
}
