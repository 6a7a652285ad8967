package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emailresponder.core.ValidationException;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailUrls;
import org.emailresponder.manager.ServerAddress;
import org.junit.jupiter.api.Test;

/** The account form's server fields turn into URLs the transports read back exactly, and wrong input is named. */
class ServerAddressTest {

    @Test
    void userWithAtSignAndFolderWithSpacesSurviveTheUrl() {
        String url = new ServerAddress("imap", "mail.example.test", 10143, "support@example.test", "Support/Open cases", true).toUrl("incoming");
        assertEquals("imap://support%40example.test@mail.example.test:10143/Support/Open%20cases?starttls=true", url);
        MailEndpoint read = MailUrls.parse(url, "pw");
        assertEquals("support@example.test", read.user());
        assertEquals("Support/Open cases", read.folder());
        assertTrue(read.starttls());
        assertEquals(new ServerAddress("imap", "mail.example.test", 10143, "support@example.test", "Support/Open cases", true),
                ServerAddress.parse(url));
    }

    @Test
    void defaultPortIsLeftOutAndPop3HasNoFolder() {
        String url = new ServerAddress("pop3s", "pop.example.test", 0, "joe+help", "INBOX", false).toUrl("incoming");
        assertEquals("pop3s://joe%2Bhelp@pop.example.test", url);
        ServerAddress read = ServerAddress.parse(url);
        assertEquals(995, read.port());
        assertEquals(ServerAddress.defaultPort("pop3s"), read.port());
        assertEquals(25, ServerAddress.defaultPort("smtp"));
        assertEquals("joe+help", read.user());
        assertEquals(null, read.folder());
        assertEquals("smtp://127.0.0.1:2525", new ServerAddress("smtp", "127.0.0.1", 2525, " ", null, false).toUrl("outgoing"));
    }

    @Test
    void missingHostBadPortAndStarttlsOnTlsAreRefusedWithTheReason() {
        assertTrue(assertThrows(ValidationException.class, () -> new ServerAddress("imap", " ", 0, "u", null, false).toUrl("incoming"))
                .getMessage().contains("incoming server needs a host name"));
        assertTrue(assertThrows(ValidationException.class, () -> new ServerAddress("smtp", "h", 70000, null, null, false).toUrl("outgoing"))
                .getMessage().contains("outgoing port"));
        assertTrue(assertThrows(ValidationException.class, () -> new ServerAddress("imaps", "h", 0, null, null, true).toUrl("incoming"))
                .getMessage().contains("imaps is encrypted already"));
        assertTrue(assertThrows(ValidationException.class, () -> ServerAddress.parse("gopher://h")).getMessage().contains("unknown scheme"));
    }
}
