package org.emailresponder.manager.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.emailresponder.manager.MessageParsing;
import org.emailresponder.manager.ParsedMail;

/**
 * A forgiving parser on Jakarta Mail: headers must be readable, everything else is best effort (a part with a broken
 * charset or encoding is kept as an attachment with its raw bytes instead of failing the message).
 */
public final class JakartaParsing implements MessageParsing {
    private static final Session SESSION = Session.getInstance(lenientProperties());
    private static final java.util.regex.Pattern HEADER_FIELD = java.util.regex.Pattern.compile("(?m)^[!-9;-~]+:");

    private static Properties lenientProperties() {
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.decodetext.strict", "false");
        p.setProperty("mail.mime.parameters.strict", "false");
        p.setProperty("mail.mime.base64.ignoreerrors", "true");
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.allowempty", "true");
        return p;
    }

    // Slow inside OSGi: Jakarta Mail 2.1 looks its StreamProvider up (FactoryFinder/ServiceLoader, uncached) for every
    // header block and decoder, ~2 ms per message here. The Manager uses MailBundleParsing; this one stays as the
    // Jakarta Mail reference for comparisons.
    @Override
    public ParsedMail parse(byte[] raw) throws UnparseableException {
        MimeMessage message;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException | RuntimeException e) {
            throw new UnparseableException("headers cannot be read: " + e.getMessage(), e);
        }
        if (!HEADER_FIELD.matcher(headerBlock(raw)).find()) {
            throw new UnparseableException("the message has no header fields (not an RFC 5322 message)", null);
        }
        try {
            BodyWalker bodies = BodyWalker.walk(message);
            InternetAddress from = firstAddress(message);
            String messageId = MessageIds.first(header(message, "Message-ID"));
            String inReplyTo = MessageIds.first(header(message, "In-Reply-To"));
            List<String> references = MessageIds.all(header(message, "References"));
            AutoSignals auto = AutoSignals.of(message, from, bodies);
            return new ParsedMail(messageId, inReplyTo, references, from == null ? null : from.getAddress(),
                    from == null ? null : from.getPersonal(), addresses(message, "To"), addresses(message, "Cc"),
                    addresses(message, "Reply-To"), decoded(header(message, "Subject")), sentAt(message), bodies.text(),
                    bodies.html(), headerBlock(raw), bodies.attachments(), auto.kind(), auto.relatedMessageId());
        } catch (RuntimeException e) {
            throw new UnparseableException("the message structure cannot be read: " + e, e);
        }
    }

    static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, " ");
        } catch (MessagingException e) {
            return null;
        }
    }

    static String decoded(String value) {
        if (value == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (IOException | RuntimeException e) {
            return MimeUtility.unfold(value);
        }
    }

    private static InternetAddress firstAddress(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress address) {
                return address;
            }
        } catch (MessagingException | RuntimeException e) {
            // fall through: a From header too broken to parse is kept in the headers text only
        }
        String raw = header(message, "From");
        String address = raw == null ? null : MessageIds.addressIn(raw);
        if (address == null) {
            return null;
        }
        InternetAddress fallback = new InternetAddress();
        fallback.setAddress(address);
        return fallback;
    }

    private static String addresses(MimeMessage message, String name) {
        String value = header(message, name);
        if (value == null) {
            return null;
        }
        try {
            List<String> list = new ArrayList<>();
            for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                list.add(address.getAddress());
            }
            return String.join(", ", list);
        } catch (MessagingException | RuntimeException e) {
            return decoded(value);
        }
    }

    private static Instant sentAt(MimeMessage message) {
        try {
            Date date = message.getSentDate();
            return date == null ? null : date.toInstant();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** The header section exactly as received (up to the first empty line). */
    static String headerBlock(byte[] raw) {
        int end = raw.length;
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n'))) {
                end = i;
                break;
            }
        }
        return new String(raw, 0, end, StandardCharsets.ISO_8859_1);
    }

    static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
