package org.emailresponder.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.emailresponder.mail.internal.mime.HeaderParams;
import org.emailresponder.mail.internal.mime.MessageReader;
import org.emailresponder.mail.internal.mime.RawHeaders;

/**
 * Recognises mail that must not get an automatic answer: bounces (delivery status notifications), automatic
 * replies (RFC 3834 and the common vendor headers) and bulk or list mail. Every signal found is listed in the
 * verdict's reasons, for the audit trail.
 */
public final class AutoReplyClassifier {

    /** The kind of automatic mail, strongest first when several signals are present: BOUNCE, AUTO_REPLY, BULK. */
    public enum Kind { NONE, AUTO_REPLY, BOUNCE, BULK }

    /**
     * @param originalMessageId for a bounce: the Message-ID of the message that could not be delivered, if found
     */
    public record Verdict(Kind kind, List<String> reasons, String originalMessageId) {

        /** True for anything but {@link Kind#NONE}: do not answer automatically. */
        public boolean isAutomatic() {
            return kind != Kind.NONE;
        }
    }

    private static final Pattern BOUNCE_SUBJECT = Pattern.compile("(?i)^\\s*(undeliver(ed|able)|delivery (status notification|failure|has failed)|"
            + "mail delivery (failed|failure|subsystem)|returned mail|failure notice|non[- ]?delivery|nondeliverable|"
            + "unzustellbar|delivery notification|message not delivered)");
    private static final Pattern AUTO_SUBJECT = Pattern.compile("(?i)(out of (the )?office|automatic reply|auto[- ]?reply|"
            + "autoresponse|auto response|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|"
            + "respuesta autom[áa]tica|risposta automatica|^\\s*auto:|on vacation|vacation reply|away from (the|my) office)");
    private static final Pattern MESSAGE_ID_IN_TEXT = Pattern.compile("(?im)^\\s*Message-ID:\\s*(<[^>\\s]+>)");
    private static final String[] LIST_HEADERS = {"List-Id", "List-Unsubscribe", "List-Post", "List-Help",
        "List-Subscribe", "List-Owner", "List-Archive", "X-Mailing-List", "Mailing-List", "X-List-Id"};

    private AutoReplyClassifier() {
    }

    public static Verdict classify(ParsedMessage m) {
        List<String> bounce = new ArrayList<>();
        List<String> auto = new ArrayList<>();
        List<String> bulk = new ArrayList<>();
        bounceSignals(m, bounce);
        autoReplySignals(m, auto);
        bulkSignals(m, bulk);
        List<String> reasons = new ArrayList<>(bounce);
        reasons.addAll(auto);
        reasons.addAll(bulk);
        Kind kind = !bounce.isEmpty() ? Kind.BOUNCE : !auto.isEmpty() ? Kind.AUTO_REPLY : !bulk.isEmpty() ? Kind.BULK : Kind.NONE;
        return new Verdict(kind, List.copyOf(reasons), kind == Kind.BOUNCE ? originalMessageId(m) : null);
    }

    private static void bounceSignals(ParsedMessage m, List<String> reasons) {
        String ct = m.header("Content-Type");
        if (ct != null && m.contentType().equals("multipart/report")) {
            String reportType = HeaderParams.parse(ct, null).param("report-type");
            if (reportType != null && reportType.equalsIgnoreCase("delivery-status")) {
                reasons.add("delivery status notification (multipart/report; report-type=delivery-status)");
            }
        }
        if (m.from() != null) {
            String local = localPart(m.from().normalized());
            if (local.equals("mailer-daemon") || local.equals("postmaster")) {
                reasons.add("sender is " + m.from().normalized());
            }
        }
        if (m.subject() != null && BOUNCE_SUBJECT.matcher(m.subject()).find()) {
            reasons.add("bounce subject: " + m.subject());
        }
    }

    private static void autoReplySignals(ParsedMessage m, List<String> reasons) {
        String autoSubmitted = m.header("Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            reasons.add("Auto-Submitted: " + autoSubmitted.strip());
        }
        for (String h : new String[] {"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "X-AutoReply-From",
            "X-Mail-Autoreply"}) {
            String v = m.header(h);
            if (v != null && !v.isBlank()) {
                reasons.add(h + ": " + v.strip());
            }
        }
        String precedence = precedence(m);
        if (precedence.equals("auto_reply")) {
            reasons.add("Precedence: auto_reply");
        }
        String returnPath = m.header("Return-Path");
        if (returnPath != null && returnPath.replace(" ", "").equals("<>")) {
            reasons.add("null return path (Return-Path: <>)");
        }
        if (m.subject() != null && AUTO_SUBJECT.matcher(m.subject()).find()) {
            reasons.add("automatic reply subject: " + m.subject());
        }
    }

    private static void bulkSignals(ParsedMessage m, List<String> reasons) {
        String precedence = precedence(m);
        if (precedence.equals("bulk") || precedence.equals("junk") || precedence.equals("list")) {
            reasons.add("Precedence: " + precedence);
        }
        for (String h : LIST_HEADERS) {
            if (m.header(h) != null) {
                reasons.add("mailing list header " + h);
                return;
            }
        }
    }

    private static String precedence(ParsedMessage m) {
        String p = m.header("Precedence");
        return p == null ? "" : p.strip().toLowerCase(Locale.ROOT);
    }

    /** The Message-ID of the returned message: from an attached message/rfc822 or headers part, else the text. */
    static String originalMessageId(ParsedMessage m) {
        for (ParsedAttachment a : m.attachments()) {
            String type = a.contentType();
            if (type.equals("message/rfc822") || type.endsWith("/rfc822-headers") || type.equals("message/global")) {
                RawHeaders h = RawHeaders.read(a.bytes(), 0, a.bytes().length, null, "returned message");
                List<String> ids = MessageReader.ids(h.get("Message-ID"));
                if (!ids.isEmpty()) {
                    return ids.get(0);
                }
            }
        }
        for (ParsedAttachment a : m.attachments()) {
            if (a.contentType().startsWith("text/")) {
                String id = idInText(new String(a.bytes(), StandardCharsets.ISO_8859_1));
                if (id != null) {
                    return id;
                }
            }
        }
        return idInText(m.textBody());
    }

    private static String idInText(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = MESSAGE_ID_IN_TEXT.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String localPart(String address) {
        int at = address.indexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }
}
