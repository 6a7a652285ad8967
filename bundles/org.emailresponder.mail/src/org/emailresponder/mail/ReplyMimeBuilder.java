package org.emailresponder.mail;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.emailresponder.mail.internal.mime.MimeWriter;

/**
 * Builds the RFC 822 bytes of a reply: addresses, subject (RFC 2047 when needed), date, the given Message-ID,
 * In-Reply-To and References for threading, {@code Auto-Submitted: auto-replied} for automatic replies, text with
 * optional HTML, and attachments. Header values can never start a new header line: CR and LF in subjects and
 * display names are replaced, and invalid addresses or ids are refused.
 */
public final class ReplyMimeBuilder {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\\[\\]\\\\,;:\"@]+(\\.[^\\s<>()\\[\\]\\\\,;:\"@]+)*@[A-Za-z0-9.-]+");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+@[^<>\\s]+>");
    private static final int MAX_REFERENCES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private MailAddress from;
    private final List<MailAddress> to = new ArrayList<>();
    private final List<MailAddress> cc = new ArrayList<>();
    private String subject = "";
    private ZonedDateTime date = ZonedDateTime.now();
    private String messageId;
    private String inReplyTo;
    private final List<String> parentReferences = new ArrayList<>();
    private boolean automatic;
    private String text = "";
    private String html;
    private final List<ParsedAttachment> attachments = new ArrayList<>();

    public ReplyMimeBuilder from(MailAddress sender) {
        this.from = checked(sender);
        return this;
    }

    public ReplyMimeBuilder to(List<MailAddress> recipients) {
        recipients.forEach(r -> to.add(checked(r)));
        return this;
    }

    public ReplyMimeBuilder cc(List<MailAddress> recipients) {
        recipients.forEach(r -> cc.add(checked(r)));
        return this;
    }

    public ReplyMimeBuilder subject(String value) {
        this.subject = value == null ? "" : value;
        return this;
    }

    public ReplyMimeBuilder date(ZonedDateTime value) {
        this.date = value;
        return this;
    }

    /** Our own id, usually from {@link OwnMessageIds#create}. */
    public ReplyMimeBuilder messageId(String id) {
        if (id == null || !MESSAGE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Invalid Message-ID: " + MimeWriter.oneLine(id));
        }
        this.messageId = id;
        return this;
    }

    /**
     * Threads the reply under its parent: In-Reply-To is the parent's Message-ID, References the parent's References
     * followed by that id. Malformed ids from the received mail are left out.
     */
    public ReplyMimeBuilder inReplyTo(String parentMessageId, List<String> parentReferences) {
        this.inReplyTo = parentMessageId != null && MESSAGE_ID.matcher(parentMessageId.strip()).matches()
                ? parentMessageId.strip() : null;
        this.parentReferences.clear();
        if (parentReferences != null) {
            for (String r : parentReferences) {
                if (r != null && MESSAGE_ID.matcher(r.strip()).matches()) {
                    this.parentReferences.add(r.strip());
                }
            }
        }
        return this;
    }

    /** Marks an automatic reply: {@code Auto-Submitted: auto-replied} and {@code X-Auto-Response-Suppress: All}. */
    public ReplyMimeBuilder automatic(boolean value) {
        this.automatic = value;
        return this;
    }

    public ReplyMimeBuilder text(String plain) {
        this.text = plain == null ? "" : plain;
        return this;
    }

    /** Optional HTML alternative of the text. */
    public ReplyMimeBuilder html(String value) {
        this.html = value;
        return this;
    }

    public ReplyMimeBuilder attach(String name, String contentType, byte[] bytes) {
        String type = contentType == null || !contentType.matches("[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+")
                ? "application/octet-stream" : contentType.toLowerCase(Locale.ROOT);
        attachments.add(new ParsedAttachment(MimeWriter.oneLine(name), type, bytes.length, false, null, bytes, false));
        return this;
    }

    public byte[] build() {
        if (from == null || to.isEmpty() || messageId == null) {
            throw new IllegalStateException("A reply needs From, at least one To, and a Message-ID");
        }
        StringBuilder out = new StringBuilder(1024 + text.length() * 2);
        header(out, "From", address(from));
        header(out, "To", addresses(to));
        if (!cc.isEmpty()) {
            header(out, "Cc", addresses(cc));
        }
        header(out, "Subject", MimeWriter.unstructured(subject));
        header(out, "Date", DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).format(date));
        header(out, "Message-ID", messageId);
        threading(out);
        if (automatic) {
            header(out, "Auto-Submitted", "auto-replied");
            header(out, "X-Auto-Response-Suppress", "All");
        }
        header(out, "MIME-Version", "1.0");
        body(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void threading(StringBuilder out) {
        LinkedHashSet<String> refs = new LinkedHashSet<>(parentReferences);
        if (inReplyTo != null) {
            header(out, "In-Reply-To", inReplyTo);
            refs.remove(inReplyTo);
            refs.add(inReplyTo);
        }
        if (refs.isEmpty()) {
            return; // a parent without Message-ID still passes on its References (RFC 5322 3.6.4)
        }
        List<String> list = new ArrayList<>(refs);
        if (list.size() > MAX_REFERENCES) {
            // keep the thread's root and the most recent ids, as RFC 5322 suggests
            List<String> kept = new ArrayList<>(list.subList(list.size() - MAX_REFERENCES + 1, list.size()));
            kept.add(0, list.get(0));
            list = kept;
        }
        header(out, "References", String.join("\r\n ", list));
    }

    private void body(StringBuilder out) {
        if (attachments.isEmpty()) {
            textPart(out);
            return;
        }
        String boundary = boundary();
        header(out, "Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"");
        out.append("\r\n");
        out.append("--").append(boundary).append("\r\n");
        textPart(out);
        for (ParsedAttachment a : attachments) {
            out.append("\r\n--").append(boundary).append("\r\n");
            attachment(out, a);
        }
        out.append("\r\n--").append(boundary).append("--\r\n");
    }

    private void textPart(StringBuilder out) {
        if (html == null) {
            leaf(out, "text/plain", text);
            return;
        }
        String boundary = boundary();
        header(out, "Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
        out.append("\r\n--").append(boundary).append("\r\n");
        leaf(out, "text/plain", text);
        out.append("\r\n--").append(boundary).append("\r\n");
        leaf(out, "text/html", html);
        out.append("\r\n--").append(boundary).append("--\r\n");
    }

    private static void leaf(StringBuilder out, String type, String content) {
        header(out, "Content-Type", type + "; charset=UTF-8");
        header(out, "Content-Transfer-Encoding", "quoted-printable");
        out.append("\r\n").append(MimeWriter.quotedPrintable(content));
    }

    private static void attachment(StringBuilder out, ParsedAttachment a) {
        String name = a.name().isEmpty() ? "attachment" : a.name();
        String quoted = "\"" + MimeWriter.unstructured(name).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        header(out, "Content-Type", a.contentType() + "; name=" + quoted);
        header(out, "Content-Disposition", "attachment; filename=" + quoted
                + (MimeWriter.isAscii(name) ? "" : ";\r\n filename*=UTF-8''" + percentEncode(name)));
        header(out, "Content-Transfer-Encoding", "base64");
        out.append("\r\n").append(MimeWriter.base64(a.bytes()));
    }

    private static String percentEncode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    private static void header(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(value).append("\r\n");
    }

    private static String addresses(List<MailAddress> list) {
        List<String> parts = new ArrayList<>(list.size());
        list.forEach(a -> parts.add(address(a)));
        return String.join(",\r\n ", parts);
    }

    private static String address(MailAddress a) {
        String name = a.displayName() == null ? "" : MimeWriter.oneLine(a.displayName());
        return name.isEmpty() ? "<" + a.address() + ">" : MimeWriter.phrase(name) + " <" + a.address() + ">";
    }

    private static MailAddress checked(MailAddress a) {
        if (a == null || a.address() == null || !ADDRESS.matcher(a.address()).matches()) {
            throw new IllegalArgumentException("Invalid mail address: " + (a == null ? null : MimeWriter.oneLine(a.address())));
        }
        return a;
    }

    private static String boundary() {
        return "=_er_" + Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong());
    }
}
