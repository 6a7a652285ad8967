package org.emailresponder.mail.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailSecurity;
import org.emailresponder.mail.MailUrls;
import org.emailresponder.mail.RemoteMessage;
import org.emailresponder.mail.TransportRegistry;
import org.emailresponder.mail.internal.ImapTransport;
import org.junit.jupiter.api.Test;

/**
 * The IMAP and POP3 contract against a real Dovecot (GreenMail fails much of Dovecot's compliance suite).
 * Start one with {@code releng/test-servers/dovecot.sh start DIR} and pass the -D
 * properties it prints to Maven; skipped otherwise. The test empties the INBOX of that account.
 */
class DovecotIntegrationTest {

    private static final int COUNT = 150;

    private static MailEndpoint endpoint(String property) {
        String url = System.getProperty(property, "");
        if (url.isBlank()) {
            System.out.println("SKIPPED DovecotIntegrationTest: -D" + property + " not given (see releng/test-servers/dovecot.sh)");
        }
        assumeTrue(!url.isBlank(), property + " not set");
        return MailUrls.parse(url, null);
    }

    @Test
    void imapListFetchMarkAndDeleteAgainstDovecot() throws Exception {
        MailEndpoint imap = endpoint("mail.dovecot.imap");
        try (Helper helper = new Helper(imap)) {
            helper.reset(COUNT);
            RecordingSocketFactory sockets = new RecordingSocketFactory();
            try (IncomingMailbox box = new ImapTransport(Map.of("mail.imap.socketFactory", sockets)).openIncoming(imap, null)) {
                assertEquals(helper.folder.getUIDValidity(), box.uidValidity());
                List<RemoteMessage> all = box.list(0, List.of());
                assertEquals(COUNT, all.size());
                List<RemoteMessage> fetched = box.fetch(all);
                assertEquals(COUNT, fetched.size());
                assertTrue(TestMail.text(fetched.get(COUNT - 1).raw()).contains("Question number " + COUNT));
                long bodyCommands = sockets.commands().stream().filter(l -> l.contains("BODY.PEEK[]")).count();
                assertEquals(2, bodyCommands, "150 bodies in two UID FETCH commands: " + sockets.commands());
                assertEquals(COUNT, helper.unseen(), "fetching must not set \\Seen");
                long uid100 = Long.parseLong(all.get(99).uid());
                assertEquals(50, box.list(uid100, List.of()).size());
                assertEquals(List.of(), box.list(Long.parseLong(all.get(COUNT - 1).uid()), List.of()));
                box.markStored(all.subList(0, 10), false);
                box.markStored(all.subList(10, 15), true);
                assertEquals(COUNT - 5, box.list(0, List.of()).size(), "the deleted ones are gone, the seen ones stay");
            }
            assertEquals(COUNT - 5, helper.count());
            assertEquals(COUNT - 15, helper.unseen());
        }
    }

    @Test
    void pop3UidlRetrieveAndDeleteAgainstDovecot() throws Exception {
        MailEndpoint pop3 = endpoint("mail.dovecot.pop3");
        MailEndpoint imap = endpoint("mail.dovecot.imap");
        try (Helper helper = new Helper(imap)) {
            helper.reset(5);
        }
        List<RemoteMessage> all;
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(pop3, null)) {
            all = box.list(0, List.of());
            assertEquals(5, all.size());
            List<RemoteMessage> rest = box.list(0, List.of(all.get(0).uid(), all.get(1).uid()));
            assertEquals(3, rest.size());
            List<RemoteMessage> fetched = box.fetch(rest);
            assertTrue(TestMail.text(fetched.get(0).raw()).contains("Question number 3"));
            box.markStored(all.subList(0, 2), true);
        }
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(pop3, null)) {
            assertEquals(all.subList(2, 5).stream().map(RemoteMessage::uid).toList(),
                    box.list(0, List.of()).stream().map(RemoteMessage::uid).toList(), "UIDLs are stable across sessions");
        }
    }

    @Test
    void starttlsForImapAndStlsForPop3VerifyTheCertificate() throws Exception {
        MailEndpoint imap = endpoint("mail.dovecot.imap");
        MailEndpoint pop3 = endpoint("mail.dovecot.pop3");
        String ca = System.getProperty("mail.dovecot.ca", "");
        assumeTrue(!ca.isBlank(), "mail.dovecot.ca not set");
        MailSecurity trusting = new MailSecurity(Path.of(ca), Duration.ofSeconds(10));
        MailEndpoint imapTls = new MailEndpoint("imap", "localhost", imap.port(), imap.user(), imap.secret(), "INBOX", true);
        MailEndpoint pop3Tls = new MailEndpoint("pop3", "localhost", pop3.port(), pop3.user(), pop3.secret(), null, true);
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(imapTls, trusting)) {
            assertTrue(box.uidValidity() > 0);
        }
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(pop3Tls, trusting)) {
            box.list(0, List.of());
        }
        assertEquals(MailException.Kind.TLS, assertThrows(MailException.class,
                () -> TransportRegistry.getDefault().openIncoming(imapTls, MailSecurity.defaults())).kind());
        MailEndpoint wrongHost = new MailEndpoint("pop3", "127.0.0.1", pop3.port(), pop3.user(), pop3.secret(), null, true);
        assertEquals(MailException.Kind.TLS, assertThrows(MailException.class,
                () -> TransportRegistry.getDefault().openIncoming(wrongHost, trusting)).kind());
    }

    /** A plain Jakarta Mail connection to prepare and inspect the mailbox independently of the code under test. */
    private static final class Helper implements AutoCloseable {
        final IMAPStore store;
        final IMAPFolder folder;

        Helper(MailEndpoint e) throws Exception {
            Session session = Session.getInstance(new Properties());
            store = new IMAPStore(session, null);
            store.connect(e.host(), e.port(), e.user(), e.secret());
            folder = (IMAPFolder) store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
        }

        void reset(int messages) throws Exception {
            Message[] old = folder.getMessages();
            if (old.length > 0) {
                folder.setFlags(old, new Flags(Flags.Flag.DELETED), true);
                folder.expunge();
            }
            Session session = Session.getInstance(new Properties());
            Message[] fresh = new Message[messages];
            for (int i = 0; i < messages; i++) {
                fresh[i] = new MimeMessage(session, new ByteArrayInputStream(TestMail.raw(i + 1).getBytes(StandardCharsets.UTF_8)));
            }
            folder.appendMessages(fresh);
        }

        /** Asked with STATUS on a separate folder object: the open one would answer from its cache. */
        int count() throws Exception {
            return store.getFolder("INBOX").getMessageCount();
        }

        int unseen() throws Exception {
            return store.getFolder("INBOX").getUnreadMessageCount();
        }

        @Override
        public void close() throws Exception {
            folder.close(false);
            store.close();
        }
    }
}
