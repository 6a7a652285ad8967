package org.emailresponder.manager.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import org.emailresponder.manager.ParsedMail;

/** Collects the first text and HTML bodies and all other parts of a message; one broken part never fails the rest. */
final class BodyWalker {
    private static final int MAX_DEPTH = 20;

    private String text;
    private String html;
    private final List<ParsedMail.Part> attachments = new ArrayList<>();
    private String reportedMessageHeaders;
    private boolean deliveryReport;

    private BodyWalker() {
    }

    static BodyWalker walk(Part message) {
        BodyWalker walker = new BodyWalker();
        walker.visit(message, 0);
        return walker;
    }

    String text() {
        return text;
    }

    String html() {
        return html;
    }

    List<ParsedMail.Part> attachments() {
        return attachments;
    }

    /** Headers of the original message inside a delivery report (message/rfc822 or text/rfc822-headers), or null. */
    String reportedMessageHeaders() {
        return reportedMessageHeaders;
    }

    boolean isDeliveryReport() {
        return deliveryReport;
    }

    private void visit(Part part, int depth) {
        try {
            String type = lower(part.getContentType());
            if (type.startsWith("multipart/") && depth < MAX_DEPTH) {
                deliveryReport |= type.startsWith("multipart/report") && type.contains("delivery-status");
                visitChildren(part, depth);
            } else if (type.startsWith("message/rfc822") || type.startsWith("text/rfc822-headers")) {
                reportedMessageHeaders = JakartaParsing.headerBlock(JakartaParsing.readAll(decoded(part)));
                keep(part, type);
            } else if (isBody(part, type, "text/plain") && text == null) {
                text = textOf(part);
            } else if (isBody(part, type, "text/html") && html == null) {
                html = textOf(part);
            } else {
                keep(part, type);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            keepRaw(part);
        }
    }

    // MimeMultipart over the part's own data source: no DataHandler / CommandMap lookup, which costs milliseconds
    // per part inside OSGi
    private void visitChildren(Part part, int depth) throws MessagingException, IOException {
        if (!(part instanceof jakarta.mail.internet.MimePart mime)) {
            keep(part, lower(part.getContentType()));
            return;
        }
        Multipart multipart = new jakarta.mail.internet.MimeMultipart(new jakarta.mail.internet.MimePartDataSource(mime));
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart child = multipart.getBodyPart(i);
            visit(child, depth + 1);
        }
    }

    private static boolean isBody(Part part, String type, String wanted) throws MessagingException {
        return (type.startsWith(wanted) || (type.isEmpty() && wanted.equals("text/plain")))
                && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
    }

    private static String textOf(Part part) throws MessagingException, IOException {
        return new String(JakartaParsing.readAll(decoded(part)), charset(part));
    }

    /** The part's bytes with the transfer encoding undone, read without the activation framework. */
    private static java.io.InputStream decoded(Part part) throws MessagingException, IOException {
        if (part instanceof jakarta.mail.internet.MimePart mime) {
            return new jakarta.mail.internet.MimePartDataSource(mime).getInputStream();
        }
        return part.getInputStream();
    }

    /** The declared charset, or Latin-1 (which maps every byte) when it is missing or unknown, e.g. DEFAULT_CHARSET. */
    private static java.nio.charset.Charset charset(Part part) {
        try {
            String name = new jakarta.mail.internet.ContentType(part.getContentType()).getParameter("charset");
            if (name != null) {
                return java.nio.charset.Charset.forName(jakarta.mail.internet.MimeUtility.javaCharset(name.strip()));
            }
        } catch (MessagingException | RuntimeException unknown) {
            // fall through
        }
        return StandardCharsets.ISO_8859_1;
    }

    private void keep(Part part, String type) throws MessagingException, IOException {
        byte[] data = JakartaParsing.readAll(decoded(part));
        String id = part instanceof jakarta.mail.internet.MimePart mime ? mime.getContentID() : null;
        attachments.add(new ParsedMail.Part(fileName(part), type, id, Part.INLINE.equalsIgnoreCase(part.getDisposition()), data));
    }

    private void keepRaw(Part part) {
        try {
            byte[] data = JakartaParsing.readAll(part instanceof jakarta.mail.internet.MimeBodyPart body
                    ? body.getRawInputStream() : decoded(part));
            attachments.add(new ParsedMail.Part(fileName(part), "application/octet-stream", null, false, data));
        } catch (MessagingException | IOException | RuntimeException e) {
            // nothing readable in this part; the raw message in er_message_raw still has it
        }
    }

    private static String fileName(Part part) {
        try {
            return JakartaParsing.decoded(part.getFileName());
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(java.util.Locale.ROOT).strip();
    }
}
