package org.emailresponder.mail.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailUrls;
import org.emailresponder.mail.MimeParser;
import org.emailresponder.mail.RemoteMessage;
import org.emailresponder.mail.TransportRegistry;
import org.junit.jupiter.api.Test;

/**
 * Measures download + parse speed of the whole SpamAssassin corpus from a real Dovecot over IMAP. Needs both
 * -Dmail.corpus and -Dmail.dovecot.imap (see releng/test-servers/dovecot.sh); skipped otherwise. Empties that INBOX.
 */
class DovecotThroughputTest {

    @Test
    void downloadsAndParsesTheCorpusOverImap() throws Exception {
        String corpus = System.getProperty("mail.corpus", "");
        String url = System.getProperty("mail.dovecot.imap", "");
        if (corpus.isBlank() || url.isBlank()) {
            System.out.println("SKIPPED DovecotThroughputTest: needs -Dmail.corpus and -Dmail.dovecot.imap");
        }
        assumeTrue(!corpus.isBlank() && !url.isBlank(), "corpus or Dovecot not given");
        MailEndpoint imap = MailUrls.parse(url, null);
        int appended = load(imap, Path.of(corpus));
        long start = System.nanoTime();
        int parsed = 0;
        long bytes = 0;
        try (IncomingMailbox box = TransportRegistry.getDefault().openIncoming(imap, null)) {
            List<RemoteMessage> all = box.list(0, List.of());
            for (int i = 0; i < all.size(); i += 500) {
                for (RemoteMessage m : box.fetch(all.subList(i, Math.min(all.size(), i + 500)))) {
                    MimeParser.parse(m.raw());
                    bytes += m.raw().length;
                    parsed++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("DOVECOT THROUGHPUT: %d messages (%.1f MB) listed, fetched and parsed in %.2f s = %.0f messages/s%n",
                parsed, bytes / 1e6, seconds, parsed / seconds);
        assertEquals(appended, parsed);
    }

    private static int load(MailEndpoint e, Path dir) throws Exception {
        List<Message> messages = new ArrayList<>();
        Session session = Session.getInstance(new Properties());
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                messages.add(new MimeMessage(session, new ByteArrayInputStream(Files.readAllBytes(p))));
            }
        }
        IMAPStore store = new IMAPStore(session, null);
        store.connect(e.host(), e.port(), e.user(), e.secret());
        try {
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message[] old = inbox.getMessages();
            if (old.length > 0) {
                inbox.setFlags(old, new Flags(Flags.Flag.DELETED), true);
                inbox.expunge();
            }
            inbox.appendMessages(messages.toArray(Message[]::new));
            inbox.close(false);
            return store.getFolder("INBOX").getMessageCount();
        } finally {
            store.close();
        }
    }
}
