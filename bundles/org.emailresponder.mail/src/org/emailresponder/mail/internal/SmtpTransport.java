package org.emailresponder.mail.internal;

import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;

import org.eclipse.angus.mail.smtp.SMTPSSLTransport;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailSecurity;
import org.emailresponder.mail.MailTransport;
import org.emailresponder.mail.OutgoingMailer;

/** SMTP (smtp, smtps, STARTTLS, AUTH) through Jakarta Mail; contributed to {@code org.emailresponder.mail.transports}. */
public class SmtpTransport implements MailTransport {

    @Override
    public Set<String> schemes() {
        return Set.of("smtp", "smtps");
    }

    @Override
    public IncomingMailbox openIncoming(MailEndpoint endpoint, MailSecurity security) {
        throw new UnsupportedOperationException("SMTP cannot receive mail; use an imap:// or pop3:// endpoint");
    }

    @Override
    public OutgoingMailer openOutgoing(MailEndpoint endpoint, MailSecurity security) throws MailException {
        Session session = MailSessions.create(endpoint, security, null);
        SMTPTransport transport = endpoint.protocol().equals("smtps")
                ? new SMTPSSLTransport(session, MailSessions.urlName(endpoint))
                : new SMTPTransport(session, MailSessions.urlName(endpoint));
        try {
            boolean anonymous = endpoint.user() == null || endpoint.user().isEmpty();
            transport.connect(endpoint.host(), endpoint.port(), endpoint.user(), anonymous ? null : endpoint.secret());
            return new SmtpMailer(session, transport, endpoint);
        } catch (MessagingException | RuntimeException e) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the original failure is what matters
            }
            throw MailErrors.map(e, endpoint, "Connecting to");
        }
    }
}
