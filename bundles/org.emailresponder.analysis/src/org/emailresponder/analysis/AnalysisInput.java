package org.emailresponder.analysis;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.emailresponder.mail.HtmlText;

/**
 * What analyzers see of one stored message. Build it with {@link #builder(long)} right after ingest.
 * <p>
 * Offsets of facts refer to {@link #text()}: the subject, a blank line, then the body (the text part, or the HTML part
 * turned into text when there is no text part), cut at {@link #MAX_BODY_CHARS}. {@link #bodyStart()} tells where the
 * body begins in it.
 */
public final class AnalysisInput {
    /** Longer bodies are analyzed only up to here: the rest is nearly always quoted history. */
    public static final int MAX_BODY_CHARS = 32_000;

    private final long messageId;
    private final String fromAddress;
    private final String fromName;
    private final String subject;
    private final String body;
    private final Map<String, String> headers;
    private final List<String> attachmentNames;
    private final Instant receivedAt;
    private final String returnPath;
    private final String autoClassification;
    private final String text;

    private AnalysisInput(Builder b) {
        messageId = b.messageId;
        fromAddress = b.fromAddress == null ? "" : b.fromAddress.strip();
        fromName = b.fromName == null ? "" : b.fromName.strip();
        subject = b.subject == null ? "" : b.subject;
        body = bodyOf(b.textBody, b.htmlBody);
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        b.headers.forEach((name, value) -> {
            if (name != null && value != null) {
                h.putIfAbsent(name, value);
            }
        });
        headers = Collections.unmodifiableMap(h);
        attachmentNames = List.copyOf(b.attachmentNames);
        receivedAt = b.receivedAt == null ? Instant.now() : b.receivedAt;
        returnPath = b.returnPath != null ? b.returnPath : headers.get("Return-Path");
        autoClassification = b.autoClassification;
        text = subject + "\n\n" + body;
    }

    private static String bodyOf(String textBody, String htmlBody) {
        String result = HtmlText.bodyText(textBody, htmlBody);
        return result.length() > MAX_BODY_CHARS ? result.substring(0, MAX_BODY_CHARS) : result;
    }

    public static Builder builder(long messageId) {
        return new Builder(messageId);
    }

    /** Id of the stored er_message row (0 when analyzing a message that is not stored). */
    public long messageId() {
        return messageId;
    }

    /** Sender address as given in From (may be empty). */
    public String fromAddress() {
        return fromAddress;
    }

    public String fromName() {
        return fromName;
    }

    public String subject() {
        return subject;
    }

    /** The body as plain text (never null). */
    public String body() {
        return body;
    }

    /** Subject + blank line + body: the text that fact offsets refer to. */
    public String text() {
        return text;
    }

    /** Where {@link #body()} begins inside {@link #text()}. */
    public int bodyStart() {
        return subject.length() + 2;
    }

    /** Headers by name, case-insensitive; one value per name (the first one, or as the mail pipeline joined them). */
    public Map<String, String> headers() {
        return headers;
    }

    /** A header value or null; the name is case-insensitive. */
    public String header(String name) {
        return headers.get(name);
    }

    public List<String> attachmentNames() {
        return attachmentNames;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The envelope return path ("&lt;&gt;" or empty for a null sender, as bounces have), or null when unknown. */
    public String returnPath() {
        return returnPath;
    }

    /** The mail pipeline's own classification (e.g. AUTO_REPLY, BOUNCE, LOOP), or null when it gave none. */
    public String autoClassification() {
        return autoClassification;
    }

    /** Collects the parts of an {@link AnalysisInput}; every setter is optional. */
    public static final class Builder {
        private final long messageId;
        private String fromAddress;
        private String fromName;
        private String subject;
        private String textBody;
        private String htmlBody;
        private Map<String, String> headers = Map.of();
        private List<String> attachmentNames = List.of();
        private Instant receivedAt;
        private String returnPath;
        private String autoClassification;

        private Builder(long messageId) {
            this.messageId = messageId;
        }

        public Builder from(String address, String name) {
            fromAddress = address;
            fromName = name;
            return this;
        }

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder textBody(String value) {
            textBody = value;
            return this;
        }

        /** Used (turned into text) only when there is no text body. */
        public Builder htmlBody(String value) {
            htmlBody = value;
            return this;
        }

        public Builder headers(Map<String, String> value) {
            headers = value == null ? Map.of() : value;
            return this;
        }

        public Builder attachmentNames(List<String> value) {
            attachmentNames = value == null ? List.of() : value;
            return this;
        }

        public Builder receivedAt(Instant value) {
            receivedAt = value;
            return this;
        }

        public Builder returnPath(String value) {
            returnPath = value;
            return this;
        }

        public Builder autoClassification(String value) {
            autoClassification = value;
            return this;
        }

        public AnalysisInput build() {
            return new AnalysisInput(this);
        }
    }
}
