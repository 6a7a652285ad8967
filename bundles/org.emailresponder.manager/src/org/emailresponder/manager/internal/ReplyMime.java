package org.emailresponder.manager.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Builds the RFC 5322 bytes of a queued reply, keeping the Message-ID assigned at queue time. */
public final class ReplyMime {
    private static final Session SESSION = Session.getInstance(new Properties());

    /** A queued reply as the outbox row holds it. */
    public record Outgoing(long id, String messageId, String inReplyTo, String references, String from, String to, String cc,
            String bcc, String subject, String text, String html, boolean automatic) {
    }

    private ReplyMime() {
    }

    public static byte[] build(Outgoing reply) throws MessagingException, IOException {
        MimeMessage message = new FixedIdMessage(reply.messageId());
        if (reply.from() != null) {
            message.setFrom(new InternetAddress(reply.from(), false));
        }
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(reply.to(), false));
        if (reply.cc() != null && !reply.cc().isBlank()) {
            message.setRecipients(jakarta.mail.Message.RecipientType.CC, InternetAddress.parse(reply.cc(), false));
        }
        message.setSubject(reply.subject(), "UTF-8");
        message.setSentDate(new Date());
        if (reply.inReplyTo() != null) {
            message.setHeader("In-Reply-To", reply.inReplyTo());
        }
        if (reply.references() != null) {
            message.setHeader("References", MimeFolding.fold("References", reply.references()));
        }
        if (reply.automatic()) {
            message.setHeader("Auto-Submitted", "auto-replied");
        }
        setBody(message, reply);
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static void setBody(MimeMessage message, Outgoing reply) throws MessagingException {
        String text = reply.text() == null ? "" : reply.text();
        if (reply.html() == null || reply.html().isBlank()) {
            message.setText(text, StandardCharsets.UTF_8.name());
            return;
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(reply.html(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        message.setContent(alternative);
    }

    /** Keeps our Message-ID: Jakarta Mail would otherwise invent a new one on every saveChanges. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(String messageId) {
            super(SESSION);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** Folds long header values at spaces so no line exceeds 78 characters. */
    static final class MimeFolding {
        private MimeFolding() {
        }

        static String fold(String name, String value) {
            return jakarta.mail.internet.MimeUtility.fold(name.length() + 2, value);
        }
    }
}
