package org.emailresponder.mail.internal;

import java.util.Map;
import java.util.Set;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPSSLStore;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailSecurity;
import org.emailresponder.mail.MailTransport;
import org.emailresponder.mail.OutgoingMailer;

/** IMAP (imap, imaps, STARTTLS) through Jakarta Mail; contributed to {@code org.emailresponder.mail.transports}. */
public class ImapTransport implements MailTransport {

    private final Map<String, Object> sessionProperties;

    public ImapTransport() {
        this(Map.of());
    }

    /** @param sessionProperties extra Jakarta Mail properties (tests install a recording socket factory) */
    public ImapTransport(Map<String, Object> sessionProperties) {
        this.sessionProperties = Map.copyOf(sessionProperties);
    }

    @Override
    public Set<String> schemes() {
        return Set.of("imap", "imaps");
    }

    @Override
    public IncomingMailbox openIncoming(MailEndpoint endpoint, MailSecurity security) throws MailException {
        Session session = MailSessions.create(endpoint, security, sessionProperties);
        IMAPStore store = endpoint.protocol().equals("imaps")
                ? new IMAPSSLStore(session, MailSessions.urlName(endpoint))
                : new IMAPStore(session, MailSessions.urlName(endpoint));
        try {
            store.connect(endpoint.host(), endpoint.port(), endpoint.user(), endpoint.secret());
            IMAPFolder folder = (IMAPFolder) store.getFolder(endpoint.folder() == null ? "INBOX" : endpoint.folder());
            folder.open(Folder.READ_WRITE);
            return new ImapMailbox(store, folder, endpoint);
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(store);
            throw MailErrors.map(e, endpoint, "Opening");
        }
    }

    @Override
    public OutgoingMailer openOutgoing(MailEndpoint endpoint, MailSecurity security) {
        throw new UnsupportedOperationException("IMAP cannot send mail; use an smtp:// endpoint");
    }

    private static void closeQuietly(IMAPStore store) {
        try {
            store.close();
        } catch (MessagingException ignored) {
            // the connection is already unusable; the original failure is reported
        }
    }
}
