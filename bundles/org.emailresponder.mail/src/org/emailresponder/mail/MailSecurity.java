package org.emailresponder.mail;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How connections are secured and bounded. Certificates are always verified (host name included): against the
 * JVM's trusted CAs, or against the extra trust store given here (e.g. a company CA, or a test CA).
 *
 * @param trustStore a PKCS#12 or PEM file with extra trusted CA certificates, or null
 * @param timeout connect and read timeout
 */
public record MailSecurity(Path trustStore, Duration timeout) {

    public static MailSecurity defaults() {
        return new MailSecurity(null, Duration.ofSeconds(30));
    }
}
