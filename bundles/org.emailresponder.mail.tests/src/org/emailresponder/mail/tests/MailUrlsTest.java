package org.emailresponder.mail.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailUrlsTest {

    @Test
    void parsesUserPasswordPortAndFolderWithPercentDecoding() {
        MailEndpoint e = MailUrls.parse("imap://user%40example.test:s%3Acret@127.0.0.1:10143/Support%2FInbox", null);
        assertEquals(new MailEndpoint("imap", "127.0.0.1", 10143, "user@example.test", "s:cret", "Support/Inbox", false), e);
        assertFalse(e.toString().contains("cret"), "the secret is never shown");
    }

    @Test
    void unencodedAtInTheUserNameIsTolerated() {
        MailEndpoint e = MailUrls.parse("imaps://user@example.test:pw@mail.example.test/INBOX", null);
        assertEquals("user@example.test", e.user());
        assertEquals("pw", e.secret());
        assertEquals("mail.example.test", e.host());
        assertEquals(993, e.port());
    }

    @Test
    void secretGivenApartWinsOverTheUrl() {
        assertEquals("kept-apart", MailUrls.parse("pop3s://u:inurl@mail.example.test", "kept-apart").secret());
    }

    @ParameterizedTest
    @CsvSource({"imap://h,143,false,INBOX", "imaps://h,993,false,INBOX", "pop3://h,110,false,", "pop3s://h,995,false,",
        "smtp://h,25,false,", "smtps://h,465,false,", "smtp://h:587?starttls=true,587,true,",
        "imap+starttls://h,143,true,INBOX", "POP3+STARTTLS://h,110,true,"})
    void defaultPortsAndStarttls(String url, int port, boolean starttls, String folder) {
        MailEndpoint e = MailUrls.parse(url, null);
        assertEquals(port, e.port());
        assertEquals(starttls, e.starttls());
        assertEquals(folder, e.folder());
        assertEquals("h", e.host());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"|empty", "imap//host|scheme", "ftp://host|unknown scheme", "imap:///INBOX|host",
        "imaps://h?starttls=true|already TLS", "smtp://h?tls=1|unknown option", "smtp://h?starttls=maybe|true or false",
        "imap://us er:pw@h|malformed", "imaps://u@example.test:pw@h?starttls=1|true or false"})
    void badUrlsGiveClearErrorsWithoutTheSecret(String url, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MailUrls.parse(url, null));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("pw@"), e.getMessage());
    }
}
