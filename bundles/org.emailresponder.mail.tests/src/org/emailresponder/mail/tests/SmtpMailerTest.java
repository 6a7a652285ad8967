package org.emailresponder.mail.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailUrls;
import org.emailresponder.mail.OutgoingMailer;
import org.emailresponder.mail.RemoteMessage;
import org.emailresponder.mail.TransportRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

class SmtpMailerTest {

    private GreenMail server;

    @BeforeEach
    void start() {
        server = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        server.start();
        server.setUser(TestMail.USER, TestMail.USER, TestMail.PASSWORD);
        server.setUser("agent@example.test", "agent@example.test", "agentpw");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void sendsRawMessageWithAuthAndItArrivesUnchangedOverImap() throws Exception {
        MailEndpoint smtp = MailUrls.parse("smtp://agent%40example.test@127.0.0.1:" + server.getSmtp().getPort(), "agentpw");
        String raw = TestMail.raw(42).replace("Message-ID: <q42@example.test>", "Message-ID: <er.7.9.abc@example.test>");
        try (OutgoingMailer mailer = TransportRegistry.getDefault().openOutgoing(smtp, null)) {
            mailer.send(raw.getBytes(StandardCharsets.UTF_8), "agent@example.test", List.of(TestMail.USER));
        }
        MailEndpoint imap = MailUrls.parse("imap://support%40example.test:secret@127.0.0.1:" + server.getImap().getPort(), null);
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(imap, null)) {
            List<RemoteMessage> got = box.fetch(box.list(0, List.of()));
            assertEquals(1, got.size());
            String text = TestMail.text(got.get(0).raw());
            assertTrue(text.contains("Message-ID: <er.7.9.abc@example.test>"), text);
            assertTrue(text.contains("Hello, this is question 42."), text);
        }
    }

    @Test
    void recipientWithLineBreakIsRejectedBeforeTalkingToTheServer() throws Exception {
        MailEndpoint smtp = MailUrls.parse("smtp://127.0.0.1:" + server.getSmtp().getPort(), null);
        try (OutgoingMailer mailer = TransportRegistry.getDefault().openOutgoing(smtp, null)) {
            MailException e = assertThrows(MailException.class, () -> mailer.send("Subject: x\r\n\r\nx".getBytes(
                    StandardCharsets.US_ASCII), "", List.of("a@example.test\r\nRCPT TO:<victim@example.test>")));
            assertEquals(MailException.Kind.REJECTED, e.kind());
        }
        assertEquals(0, server.getReceivedMessages().length);
    }

    @Test
    void recipientRefusedByTheServerIsRejected() throws Exception {
        try (ScriptedSmtpServer refusing = new ScriptedSmtpServer(true);
                OutgoingMailer mailer = TransportRegistry.getDefault()
                        .openOutgoing(MailUrls.parse("smtp://127.0.0.1:" + refusing.port(), null), null)) {
            MailException e = assertThrows(MailException.class, () -> mailer.send(
                    TestMail.raw(1).getBytes(StandardCharsets.UTF_8), "support@example.test", List.of("nobody@example.test")));
            assertEquals(MailException.Kind.REJECTED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("nobody@example.test") || e.getCause().toString().contains("550"), e.getMessage());
        }
    }

    @Test
    void emptyEnvelopeSenderIsTheNullReversePath() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(false);
                OutgoingMailer mailer = TransportRegistry.getDefault()
                        .openOutgoing(MailUrls.parse("smtp://127.0.0.1:" + server.port(), null), null)) {
            mailer.send(TestMail.raw(2).getBytes(StandardCharsets.UTF_8), "", List.of("customer@example.test"));
            assertEquals("<>", server.mailFrom, "automatic replies go out with MAIL FROM:<> (RFC 3834)");
            assertTrue(server.dataReceived);
        }
    }

    @Test
    void unreachableServerIsAConnectionError() {
        MailEndpoint closed = MailUrls.parse("smtp://127.0.0.1:1", null);
        MailException e = assertThrows(MailException.class, () -> TransportRegistry.getDefault().openOutgoing(closed, null));
        assertEquals(MailException.Kind.CONNECTION, e.kind(), e.getMessage());
    }
}
