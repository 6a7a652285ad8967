package org.emailresponder.mail.internal;

import java.util.Map;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.URLName;

import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailSecurity;

/** Builds the Jakarta Mail session for one endpoint: timeouts, verified TLS (host name included), STARTTLS. */
public final class MailSessions {

    private MailSessions() {
    }

    /**
     * @param extra further Jakarta Mail session properties (e.g. a socket factory that records traffic in tests);
     *            never needed in production
     */
    public static Session create(MailEndpoint endpoint, MailSecurity security, Map<String, Object> extra) throws MailException {
        MailSecurity sec = security == null ? MailSecurity.defaults() : security;
        String prefix = "mail." + endpoint.protocol() + ".";
        Properties props = new Properties();
        String timeout = Long.toString(sec.timeout().toMillis());
        props.setProperty(prefix + "connectiontimeout", timeout);
        props.setProperty(prefix + "timeout", timeout);
        props.put(prefix + "ssl.socketFactory", TrustedSockets.factory(sec.trustStore()));
        props.setProperty(prefix + "ssl.checkserveridentity", "true");
        props.setProperty(prefix + "ssl.enable", Boolean.toString(endpoint.protocol().endsWith("s")));
        if (endpoint.starttls()) {
            props.setProperty(prefix + "starttls.enable", "true");
            props.setProperty(prefix + "starttls.required", "true");
        }
        if (endpoint.user() != null) {
            props.setProperty(prefix + "auth", "true");
        }
        props.setProperty("mail.imap.peek", "true");
        props.setProperty("mail.imaps.peek", "true");
        if (extra != null) {
            props.putAll(extra);
        }
        return Session.getInstance(props);
    }

    public static URLName urlName(MailEndpoint endpoint) {
        // without a user name no password either: Jakarta Mail would log in as the local OS user with it
        boolean anonymous = endpoint.user() == null || endpoint.user().isEmpty();
        return new URLName(endpoint.protocol(), endpoint.host(), endpoint.port(), endpoint.folder(), endpoint.user(),
                anonymous ? null : endpoint.secret());
    }
}
