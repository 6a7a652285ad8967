package org.emailresponder.mail.internal;

import java.io.ByteArrayInputStream;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailException.Kind;
import org.emailresponder.mail.OutgoingMailer;

/** An authenticated SMTP connection that sends prebuilt RFC 822 messages unchanged (Bcc headers are dropped). */
final class SmtpMailer implements OutgoingMailer {

    private final Session session;
    private final SMTPTransport transport;
    private final MailEndpoint endpoint;

    SmtpMailer(Session session, SMTPTransport transport, MailEndpoint endpoint) {
        this.session = session;
        this.transport = transport;
        this.endpoint = endpoint;
    }

    @Override
    public void send(byte[] raw, String envelopeFrom, List<String> recipients) throws MailException {
        if (recipients == null || recipients.isEmpty()) {
            throw new MailException(Kind.REJECTED, "A message without recipients cannot be sent", null);
        }
        if (envelopeFrom != null && (envelopeFrom.indexOf('\r') >= 0 || envelopeFrom.indexOf('\n') >= 0)) {
            throw new MailException(Kind.REJECTED, "Invalid envelope sender (line break)", null);
        }
        Address[] to = addresses(recipients);
        try {
            SMTPMessage message = new SMTPMessage(session, new ByteArrayInputStream(raw));
            message.setEnvelopeFrom(envelopeFrom == null || envelopeFrom.isBlank() ? "<>" : envelopeFrom.strip());
            transport.sendMessage(message, to);
        } catch (MessagingException | RuntimeException e) {
            throw MailErrors.map(e, endpoint, "Sending through");
        }
    }

    private static Address[] addresses(List<String> recipients) throws MailException {
        Address[] result = new Address[recipients.size()];
        for (int i = 0; i < result.length; i++) {
            String r = recipients.get(i);
            if (r == null || r.indexOf('\r') >= 0 || r.indexOf('\n') >= 0) {
                throw new MailException(Kind.REJECTED, "Invalid recipient address: " + r, null);
            }
            try {
                result[i] = new InternetAddress(r.strip(), true);
            } catch (AddressException e) {
                throw new MailException(Kind.REJECTED, "Invalid recipient address " + r + ": " + e.getMessage(), e);
            }
        }
        return result;
    }

    @Override
    public void close() throws MailException {
        try {
            transport.close();
        } catch (MessagingException e) {
            throw MailErrors.map(e, endpoint, "Closing");
        }
    }
}
