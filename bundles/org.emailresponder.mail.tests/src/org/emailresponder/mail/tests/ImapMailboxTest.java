package org.emailresponder.mail.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.mail.Flags;

import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailSecurity;
import org.emailresponder.mail.MailUrls;
import org.emailresponder.mail.RemoteMessage;
import org.emailresponder.mail.TransportRegistry;
import org.emailresponder.mail.internal.ImapTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

class ImapMailboxTest {

    private GreenMail server;
    private GreenMailUser user;
    private MailEndpoint endpoint;

    @BeforeEach
    void start() {
        server = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        server.start();
        user = server.setUser(TestMail.USER, TestMail.USER, TestMail.PASSWORD);
        endpoint = MailUrls.parse("imap://support%40example.test@127.0.0.1:" + server.getImap().getPort() + "/INBOX",
                TestMail.PASSWORD);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void listsNewMessagesWithUidsAndSizesAboveTheLastStoredUid() throws Exception {
        TestMail.deliver(user, 1, 5);
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(endpoint, MailSecurity.defaults())) {
            assertTrue(box.uidValidity() > 0);
            List<RemoteMessage> all = box.list(0, List.of());
            assertEquals(5, all.size());
            assertTrue(all.stream().allMatch(m -> m.size() > 50 && m.raw() == null));
            long third = Long.parseLong(all.get(2).uid());
            List<RemoteMessage> newer = box.list(third, List.of(all.get(4).uid()));
            assertEquals(List.of(all.get(3).uid()), newer.stream().map(RemoteMessage::uid).toList(),
                    "only UIDs above the last stored one, minus those stored out of order");
            long highest = Long.parseLong(all.get(4).uid());
            assertEquals(List.of(), box.list(highest, List.of()), "n:* beyond the highest UID must not return it");
        }
    }

    @Test
    void fetchesBodiesInBatchedCommandsWithoutSettingSeen() throws Exception {
        int count = 230;
        TestMail.deliver(user, 1, count);
        RecordingSocketFactory sockets = new RecordingSocketFactory();
        try (IncomingMailbox box = new ImapTransport(Map.of("mail.imap.socketFactory", sockets))
                .openIncoming(endpoint, MailSecurity.defaults())) {
            List<RemoteMessage> fetched = box.fetch(box.list(0, List.of()));
            assertEquals(count, fetched.size());
            for (int i = 0; i < count; i++) {
                assertTrue(TestMail.text(fetched.get(i).raw()).contains("Subject: Question number " + (i + 1) + "\r\n"));
                assertEquals(fetched.get(i).raw().length, fetched.get(i).size());
            }
        }
        List<String> commands = sockets.commands();
        assertEquals(1, commands.stream().filter(l -> l.matches("\\w+ UID FETCH 1:\\* \\(UID RFC822.SIZE\\)")).count(),
                "one command lists all UIDs and sizes: " + commands);
        long bodyFetches = commands.stream().filter(l -> l.matches("\\w+ UID FETCH .* \\(UID BODY\\.PEEK\\[\\]\\)")).count();
        assertEquals(3, bodyFetches, "230 messages in batches of at most 100: three commands, not 230: " + commands);
        assertTrue(commands.size() < 15, "the whole session is a handful of commands: " + commands);
        assertTrue(inbox().getMessages().stream().noneMatch(m -> m.isSet(Flags.Flag.SEEN)), "fetching must peek");
    }

    @Test
    void markStoredSetsSeenOrDeletesAndExpunges() throws Exception {
        TestMail.deliver(user, 1, 4);
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(endpoint, null)) {
            List<RemoteMessage> all = box.list(0, List.of());
            box.markStored(all.subList(0, 2), false);
            box.markStored(all.subList(2, 3), true);
            List<String> remaining = box.list(0, List.of()).stream().map(RemoteMessage::uid).toList();
            assertEquals(List.of(all.get(0).uid(), all.get(1).uid(), all.get(3).uid()), remaining);
        }
        List<StoredMessage> stored = inbox().getMessages();
        assertEquals(3, stored.size());
        assertTrue(stored.get(0).isSet(Flags.Flag.SEEN));
        assertTrue(stored.get(1).isSet(Flags.Flag.SEEN));
        assertFalse(stored.get(2).isSet(Flags.Flag.SEEN));
    }

    @Test
    void emptyFolderListsNothing() throws Exception {
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(endpoint, null)) {
            assertEquals(List.of(), box.list(0, List.of()));
            assertEquals(List.of(), box.fetch(List.of()));
        }
    }

    @Test
    void wrongPasswordIsAnAuthenticationError() {
        MailEndpoint wrong = new MailEndpoint("imap", "127.0.0.1", endpoint.port(), TestMail.USER, "wrong", "INBOX", false);
        MailException e = assertThrows(MailException.class, () -> TransportRegistry.getDefault().openIncoming(wrong, null));
        assertEquals(MailException.Kind.AUTHENTICATION, e.kind(), e.getMessage());
        assertFalse(e.getMessage().contains("wrong"), "the secret must not appear in messages");
    }

    @Test
    void unreachableServerIsAConnectionError() {
        MailEndpoint closed = new MailEndpoint("imap", "127.0.0.1", 1, TestMail.USER, "x", "INBOX", false);
        MailException e = assertThrows(MailException.class, () -> TransportRegistry.getDefault().openIncoming(closed, null));
        assertEquals(MailException.Kind.CONNECTION, e.kind(), e.getMessage());
    }

    @Test
    void starttlsRequiredButNotOfferedIsATlsError() {
        MailEndpoint tls = new MailEndpoint("imap", "127.0.0.1", endpoint.port(), TestMail.USER, "secret", "INBOX", true);
        MailException e = assertThrows(MailException.class, () -> TransportRegistry.getDefault().openIncoming(tls, null));
        assertEquals(MailException.Kind.TLS, e.kind(), e.getMessage());
    }

    private MailFolder inbox() throws Exception {
        return server.getManagers().getImapHostManager().getInbox(user);
    }
}
