package org.emailresponder.mail.internal;

import java.util.Set;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;

import org.eclipse.angus.mail.pop3.POP3Folder;
import org.eclipse.angus.mail.pop3.POP3SSLStore;
import org.eclipse.angus.mail.pop3.POP3Store;
import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailSecurity;
import org.emailresponder.mail.MailTransport;
import org.emailresponder.mail.OutgoingMailer;

/** POP3 (pop3, pop3s, STLS) through Jakarta Mail; contributed to {@code org.emailresponder.mail.transports}. */
public class Pop3Transport implements MailTransport {

    @Override
    public Set<String> schemes() {
        return Set.of("pop3", "pop3s");
    }

    @Override
    public IncomingMailbox openIncoming(MailEndpoint endpoint, MailSecurity security) throws MailException {
        Session session = MailSessions.create(endpoint, security, null);
        POP3Store store = endpoint.protocol().equals("pop3s")
                ? new POP3SSLStore(session, MailSessions.urlName(endpoint))
                : new POP3Store(session, MailSessions.urlName(endpoint));
        try {
            store.connect(endpoint.host(), endpoint.port(), endpoint.user(), endpoint.secret());
            POP3Folder folder = (POP3Folder) store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            return new Pop3Mailbox(store, folder, endpoint);
        } catch (MessagingException | RuntimeException e) {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // the original failure is what matters
            }
            throw MailErrors.map(e, endpoint, "Opening");
        }
    }

    @Override
    public OutgoingMailer openOutgoing(MailEndpoint endpoint, MailSecurity security) {
        throw new UnsupportedOperationException("POP3 cannot send mail; use an smtp:// endpoint");
    }
}
