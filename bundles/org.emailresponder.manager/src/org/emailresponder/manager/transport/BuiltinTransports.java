package org.emailresponder.manager.transport;

import java.util.Set;

import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailSecurity;
import org.emailresponder.mail.MailTransport;
import org.emailresponder.mail.OutgoingMailer;
import org.emailresponder.manager.TransportLookup;

/**
 * IMAP, POP3 and SMTP on Jakarta Mail, carried by the manager until the mail bundle's transport registry is wired in
 * (see the report of the "Manager's mail pipeline" issue); the same {@link MailTransport} contract.
 */
public final class BuiltinTransports implements TransportLookup, MailTransport {

    @Override
    public Set<String> schemes() {
        return Set.of("imap", "imaps", "pop3", "pop3s", "smtp", "smtps");
    }

    @Override
    public MailTransport forScheme(String scheme) throws MailException {
        if (!schemes().contains(scheme)) {
            throw new MailException(MailException.Kind.PROTOCOL, "no mail transport for " + scheme, null);
        }
        return this;
    }

    @Override
    public MailEndpoint endpoint(String url, String secret) throws MailException {
        return EndpointUrls.parse(url, secret);
    }

    @Override
    public IncomingMailbox openIncoming(MailEndpoint endpoint, MailSecurity security) throws MailException {
        if (endpoint.protocol().startsWith("imap")) {
            return ImapMailbox.open(endpoint, Sessions.of(endpoint, security));
        }
        if (endpoint.protocol().startsWith("pop3")) {
            return Pop3Mailbox.open(endpoint, Sessions.of(endpoint, security));
        }
        throw new UnsupportedOperationException(endpoint.protocol() + " cannot receive mail");
    }

    @Override
    public OutgoingMailer openOutgoing(MailEndpoint endpoint, MailSecurity security) throws MailException {
        if (!endpoint.protocol().startsWith("smtp")) {
            throw new UnsupportedOperationException(endpoint.protocol() + " cannot send mail");
        }
        return SmtpMailer.open(endpoint, Sessions.of(endpoint, security));
    }
}
