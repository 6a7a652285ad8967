package org.emailresponder.manager.transport;

import java.io.ByteArrayInputStream;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.OutgoingMailer;

/** One SMTP connection that sends many prepared messages, unchanged, with an explicit envelope. */
final class SmtpMailer implements OutgoingMailer {
    private final MailEndpoint endpoint;
    private final Session session;
    private final Transport transport;

    private SmtpMailer(MailEndpoint endpoint, Session session, Transport transport) {
        this.endpoint = endpoint;
        this.session = session;
        this.transport = transport;
    }

    static SmtpMailer open(MailEndpoint endpoint, Session session) throws MailException {
        try {
            Transport transport = session.getTransport(endpoint.protocol());
            boolean login = endpoint.user() != null && !endpoint.user().isEmpty();
            transport.connect(endpoint.host(), endpoint.port(), login ? endpoint.user() : null, login ? endpoint.secret() : null);
            return new SmtpMailer(endpoint, session, transport);
        } catch (MessagingException e) {
            throw MailErrors.of(endpoint, e);
        }
    }

    @Override
    public void send(byte[] raw, String envelopeFrom, List<String> recipients) throws MailException {
        try {
            SMTPMessage message = new SMTPMessage(session, new ByteArrayInputStream(raw));
            if (envelopeFrom != null && !envelopeFrom.isEmpty()) {
                message.setEnvelopeFrom(envelopeFrom);
            }
            Address[] to = new Address[recipients.size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = new InternetAddress(recipients.get(i), false);
            }
            transport.sendMessage(message, to);
        } catch (MessagingException e) {
            throw MailErrors.of(endpoint, e);
        }
    }

    @Override
    public void close() throws MailException {
        try {
            transport.close();
        } catch (MessagingException e) {
            throw MailErrors.of(endpoint, e);
        }
    }
}
