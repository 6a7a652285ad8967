package org.emailresponder.manager.internal;

import java.util.Locale;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.emailresponder.core.MessageState;

/**
 * Recognizes automatic mail so it is never routed to a person (RFC 3834 Auto-Submitted, the common vendor headers,
 * RFC 3464 delivery reports and mailer-daemon senders), and finds the original message a bounce reports on.
 */
record AutoSignals(MessageState kind, String relatedMessageId) {

    static AutoSignals of(MimeMessage message, InternetAddress from, BodyWalker bodies) {
        if (isBounce(message, from, bodies)) {
            String original = bodies.reportedMessageHeaders() == null ? null
                    : MessageIds.first(headerIn(bodies.reportedMessageHeaders(), "message-id"));
            return new AutoSignals(MessageState.BOUNCE, original);
        }
        if (isAutoReply(message)) {
            return new AutoSignals(MessageState.AUTO_REPLY, null);
        }
        return new AutoSignals(null, null);
    }

    private static boolean isBounce(MimeMessage message, InternetAddress from, BodyWalker bodies) {
        if (bodies.isDeliveryReport()) {
            return true;
        }
        String sender = from == null || from.getAddress() == null ? "" : from.getAddress().toLowerCase(Locale.ROOT);
        return (sender.startsWith("mailer-daemon@") || sender.startsWith("postmaster@"))
                && bodies.reportedMessageHeaders() != null;
    }

    private static boolean isAutoReply(MimeMessage message) {
        String autoSubmitted = lower(JakartaParsing.header(message, "Auto-Submitted"));
        if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")) {
            return true;
        }
        if (JakartaParsing.header(message, "X-Autoreply") != null || JakartaParsing.header(message, "X-Autorespond") != null
                || JakartaParsing.header(message, "X-Auto-Response-Suppress") != null && subjectLooksAutomatic(message)) {
            return true;
        }
        String precedence = lower(JakartaParsing.header(message, "Precedence"));
        return precedence.equals("auto_reply");
    }

    private static boolean subjectLooksAutomatic(MimeMessage message) {
        String subject = lower(JakartaParsing.header(message, "Subject"));
        return subject.startsWith("automatic reply") || subject.startsWith("out of office") || subject.startsWith("autoreply");
    }

    private static String headerIn(String headers, String name) {
        for (String line : headers.split("\\r?\\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
