package org.emailresponder.manager.transport;

import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailTransport;
import org.emailresponder.mail.MailUrls;
import org.emailresponder.mail.TransportRegistry;
import org.emailresponder.manager.TransportLookup;

/**
 * The mail bundle's extension point {@code org.emailresponder.mail.transports} (built-in IMAP, POP3, SMTP and partner
 * transports) as the Manager's {@link TransportLookup}.
 */
public final class RegistryTransports implements TransportLookup {

    @Override
    public MailTransport forScheme(String scheme) throws MailException {
        return TransportRegistry.getDefault().forScheme(scheme)
                .orElseThrow(() -> new MailException(MailException.Kind.PROTOCOL, "no mail transport is installed for " + scheme, null));
    }

    @Override
    public MailEndpoint endpoint(String url, String secret) throws MailException {
        try {
            return MailUrls.parse(url, secret);
        } catch (IllegalArgumentException e) {
            throw new MailException(MailException.Kind.PROTOCOL, e.getMessage(), e);
        }
    }
}
