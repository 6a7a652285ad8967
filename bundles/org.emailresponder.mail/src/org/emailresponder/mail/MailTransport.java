package org.emailresponder.mail;

import java.util.Set;

/**
 * A way to receive and/or send mail, contributed through the extension point
 * {@code org.emailresponder.mail.transports}. Built in: IMAP, POP3 and SMTP through Jakarta Mail.
 */
public interface MailTransport {

    /** URL schemes this transport serves, e.g. {@code imap, imaps}. */
    Set<String> schemes();

    /** Opens an incoming folder; transports that only send throw UnsupportedOperationException. */
    IncomingMailbox openIncoming(MailEndpoint endpoint, MailSecurity security) throws MailException;

    /** Opens an SMTP-like connection; transports that only receive throw UnsupportedOperationException. */
    OutgoingMailer openOutgoing(MailEndpoint endpoint, MailSecurity security) throws MailException;
}
