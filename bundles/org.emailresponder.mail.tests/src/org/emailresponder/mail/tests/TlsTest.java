package org.emailresponder.mail.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailSecurity;
import org.emailresponder.mail.MailUrls;
import org.emailresponder.mail.OutgoingMailer;
import org.emailresponder.mail.TransportRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/** IMAPS and SMTPS against GreenMail holding a certificate from a CA made at test time. */
class TlsTest {

    private static GreenMail server;
    private static TestCertificates certs;
    private static MailSecurity trusting;

    @BeforeAll
    static void start() throws Exception {
        certs = TestCertificates.create(Files.createTempDirectory("er-mail-tls"));
        // GreenMail reads its server key once per JVM from these properties
        System.setProperty("greenmail.tls.keystore.file", certs.serverKeyStore.toString());
        System.setProperty("greenmail.tls.keystore.password", TestCertificates.PASSWORD);
        System.setProperty("greenmail.tls.key.password", TestCertificates.PASSWORD);
        server = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTPS_IMAPS));
        server.start();
        GreenMailUser user = server.setUser(TestMail.USER, TestMail.USER, TestMail.PASSWORD);
        TestMail.deliver(user, 1, 2);
        trusting = new MailSecurity(certs.caPem, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static MailEndpoint imaps(String host) {
        return MailUrls.parse("imaps://support%40example.test@" + host + ":" + server.getImaps().getPort(), TestMail.PASSWORD);
    }

    @Test
    void untrustedCertificateIsRefused() {
        MailException e = assertThrows(MailException.class,
                () -> TransportRegistry.getDefault().openIncoming(imaps("localhost"), MailSecurity.defaults()));
        assertEquals(MailException.Kind.TLS, e.kind(), e.getMessage());
    }

    @Test
    void certificateFromTheExtraTrustStoreIsAccepted() throws Exception {
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(imaps("localhost"), trusting)) {
            assertTrue(box.fetch(box.list(0, List.of())).size() >= 2);
        }
    }

    @Test
    void trustedCertificateForAnotherHostNameIsRefused() {
        MailException e = assertThrows(MailException.class,
                () -> TransportRegistry.getDefault().openIncoming(imaps("127.0.0.1"), trusting));
        assertEquals(MailException.Kind.TLS, e.kind(), e.getMessage());
    }

    @Test
    void smtpsSendsWithTrustedCertificateAndRefusesAnUntrustedOne() throws Exception {
        MailEndpoint smtps = MailUrls.parse("smtps://localhost:" + server.getSmtps().getPort(), null);
        try (OutgoingMailer mailer = TransportRegistry.getDefault().openOutgoing(smtps, trusting)) {
            mailer.send(TestMail.raw(7).getBytes(StandardCharsets.UTF_8), "agent@example.test", List.of(TestMail.USER));
        }
        assertEquals(MailException.Kind.TLS, assertThrows(MailException.class,
                () -> TransportRegistry.getDefault().openOutgoing(smtps, MailSecurity.defaults())).kind());
    }

    @Test
    void smtpStarttlsUpgradesBeforeAuthenticating() throws Exception {
        try (StartTlsSmtpServer smtp = new StartTlsSmtpServer(certs.serverKeyStore, TestCertificates.PASSWORD)) {
            MailEndpoint ep = MailUrls.parse("smtp://agent%40example.test@localhost:" + smtp.port() + "?starttls=true", "s3cret");
            try (OutgoingMailer mailer = TransportRegistry.getDefault().openOutgoing(ep, trusting)) {
                mailer.send(TestMail.raw(9).getBytes(StandardCharsets.UTF_8), "agent@example.test", List.of(TestMail.USER));
            }
            assertTrue(smtp.tlsBeforeAuth, "the password travels only inside TLS");
            assertEquals("s3cret", smtp.password);
            assertTrue(smtp.data.contains("Subject: Question number 9"), smtp.data);
        }
        try (StartTlsSmtpServer smtp = new StartTlsSmtpServer(certs.serverKeyStore, TestCertificates.PASSWORD)) {
            MailEndpoint ep = MailUrls.parse("smtp+starttls://agent%40example.test@localhost:" + smtp.port(), "s3cret");
            assertEquals(MailException.Kind.TLS, assertThrows(MailException.class,
                    () -> TransportRegistry.getDefault().openOutgoing(ep, MailSecurity.defaults())).kind());
            assertEquals(null, smtp.password, "no password sent to an unverified server");
        }
    }

    @Test
    void pkcs12TrustStoreWorksToo() throws Exception {
        Path p12 = certs.caPem.resolveSibling("ca.p12");
        MailSecurity viaP12 = new MailSecurity(p12, Duration.ofSeconds(10));
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(imaps("localhost"), viaP12)) {
            assertTrue(box.list(0, List.of()).size() >= 2);
        }
    }
}
