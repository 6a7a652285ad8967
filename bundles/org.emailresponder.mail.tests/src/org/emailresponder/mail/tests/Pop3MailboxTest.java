package org.emailresponder.mail.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailUrls;
import org.emailresponder.mail.RemoteMessage;
import org.emailresponder.mail.TransportRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

class Pop3MailboxTest {

    private GreenMail server;
    private GreenMailUser user;
    private MailEndpoint endpoint;

    @BeforeEach
    void start() {
        server = new GreenMail(ServerSetupTest.POP3.dynamicPort());
        server.start();
        user = server.setUser(TestMail.USER, TestMail.USER, TestMail.PASSWORD);
        endpoint = MailUrls.parse("pop3://support%40example.test:secret@127.0.0.1:" + server.getPop3().getPort(), null);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void listsByUidlSkippingStoredOnesAndRetrievesTheRest() throws Exception {
        TestMail.deliver(user, 1, 3);
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(endpoint, null)) {
            assertEquals(0, box.uidValidity());
            List<RemoteMessage> all = box.list(0, List.of());
            assertEquals(3, all.size());
            assertEquals(3, all.stream().map(RemoteMessage::uid).distinct().count(), "UIDLs are distinct");
            List<RemoteMessage> fresh = box.list(0, List.of(all.get(0).uid()));
            assertEquals(all.subList(1, 3).stream().map(RemoteMessage::uid).toList(),
                    fresh.stream().map(RemoteMessage::uid).toList());
            List<RemoteMessage> fetched = box.fetch(fresh);
            assertEquals(2, fetched.size());
            assertTrue(TestMail.text(fetched.get(0).raw()).contains("Subject: Question number 2"));
            assertTrue(TestMail.text(fetched.get(1).raw()).contains("Subject: Question number 3"));
        }
    }

    @Test
    void deletesStoredMessagesWhenClosedAndKeepsThemOtherwise() throws Exception {
        TestMail.deliver(user, 1, 3);
        List<RemoteMessage> all;
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(endpoint, null)) {
            all = box.list(0, List.of());
            box.markStored(all.subList(0, 1), false);
        }
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(endpoint, null)) {
            assertEquals(3, box.list(0, List.of()).size(), "without delete the maildrop keeps every message");
            box.markStored(all.subList(0, 2), true);
        }
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(endpoint, null)) {
            List<RemoteMessage> left = box.list(0, List.of());
            assertEquals(List.of(all.get(2).uid()), left.stream().map(RemoteMessage::uid).toList());
        }
    }

    @Test
    void wrongPasswordIsAnAuthenticationError() {
        MailEndpoint wrong = MailUrls.parse("pop3://support%40example.test@127.0.0.1:" + server.getPop3().getPort(), "nope");
        MailException e = assertThrows(MailException.class, () -> TransportRegistry.getDefault().openIncoming(wrong, null));
        assertEquals(MailException.Kind.AUTHENTICATION, e.kind(), e.getMessage());
    }
}
