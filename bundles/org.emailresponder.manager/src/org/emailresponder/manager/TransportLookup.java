package org.emailresponder.manager;

import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailTransport;

/** Finds the transport for a URL scheme (imap, pop3s, smtp, ...); backed by the mail bundle's transport registry. */
public interface TransportLookup {

    MailTransport forScheme(String scheme) throws MailException;

    /** Parses an account URL such as {@code imap://support%40example.test@127.0.0.1:10143/INBOX} plus its secret. */
    MailEndpoint endpoint(String url, String secret) throws MailException;
}
