package org.emailresponder.manager.transport;

import java.util.Properties;

import jakarta.mail.Session;

import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailSecurity;

/** Jakarta Mail sessions with timeouts, and TLS that always verifies the server's certificate and host name. */
final class Sessions {
    private Sessions() {
    }

    static Session of(MailEndpoint endpoint, MailSecurity security) {
        String p = "mail." + endpoint.protocol() + ".";
        String timeout = String.valueOf(security.timeout().toMillis());
        Properties props = new Properties();
        props.setProperty(p + "connectiontimeout", timeout);
        props.setProperty(p + "timeout", timeout);
        props.setProperty(p + "writetimeout", timeout);
        props.setProperty(p + "ssl.checkserveridentity", "true");
        if (endpoint.user() != null && !endpoint.user().isEmpty()) {
            props.setProperty(p + "auth", "true");
        }
        if (endpoint.starttls()) {
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
        }
        props.setProperty("mail.imap.fetchsize", "1048576");
        props.setProperty("mail.pop3.disabletop", "true");
        props.setProperty("mail.pop3.cachewriteto", "false");
        return Session.getInstance(props);
    }
}
