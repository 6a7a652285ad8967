package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import org.emailresponder.core.UserSession;
import org.emailresponder.manager.AccountSettings;
import org.emailresponder.manager.IngestOptions;
import org.emailresponder.manager.ManagerContext;
import org.emailresponder.manager.ReplySender;
import org.emailresponder.manager.SecretBox;
import org.emailresponder.manager.internal.MailBundleParsing;
import org.emailresponder.manager.transport.RegistryTransports;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.store.Store;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The disk under the embedded database fills up in the middle of an import: the headless Manager runs with a file
 * size limit ({@code ulimit -f}), so the database file cannot grow and every write past the limit fails as on a full
 * disk. Nothing may be lost (what was not committed stays unread on the server), the error must name the cause, and
 * a later fetch with room again stores the rest exactly once.
 */
class FullDiskTest {
    private static final int LARGE = 600;
    private static final int SMALL = 3;
    private static final String PASSWORD = "pw-full-disk";

    private final GreenMail greenMail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void aFullDiskStopsTheImportWithAClearErrorAndLosesNothing() throws Exception {
        greenMail.start();
        GreenMailUser large = greenMail.setUser("large@example.test", "large@example.test", PASSWORD);
        GreenMailUser small = greenMail.setUser("small@example.test", "small@example.test", PASSWORD);
        Random random = new Random(3);
        for (int i = 0; i < LARGE; i++) {
            large.deliver(message("customer" + i + "@example.com", "Order question " + i, text(random, 8_000)));
        }
        for (int i = 0; i < SMALL; i++) {
            small.deliver(message("client" + i + "@example.org", "Short note " + i, "Thanks!"));
        }
        DatabaseSettings db = TestDatabases.fresh(TestDatabases.H2);
        try (Store store = Store.open(db)) { // closed again before the Manager starts: the Manager must own the file
            ManagerContext manager = new ManagerContext(store, new SecretBox(Base64.getDecoder().decode(HeadlessManager.KEY)),
                    new RegistryTransports(), new MailBundleParsing(), IngestOptions.defaults(), ReplySender.Policy.defaults(), List.of(),
                    "full-disk-test");
            manager.accounts().add(UserSession.MANAGER_SERVICE, account("large", "large@example.test"));
            manager.accounts().add(UserSession.MANAGER_SERVICE, account("small", "small@example.test"));
        }
        Path file = databaseFile(db);
        long limitKb = Files.size(file) / 1024 + 4_000; // room for the first batch of 200 messages, not for all 600
        HeadlessManager headless = new HeadlessManager(db);

        HeadlessManager.Run full = headless.startWithFileSizeLimit(limitKb, "fetch");
        int exit = full.await(300);

        String output = full.output();
        assertNotEquals(0, exit, output);
        assertTrue(output.contains("large: FAILED") && output.contains("File too large"), "the error names the cause:\n" + output);
        assertTrue(output.contains("small: "), "the next account was still tried:\n" + output);
        long storedWhileFull = count(db);
        System.out.println("stored while the disk was full: " + storedWhileFull + " of " + (LARGE + SMALL));
        assertTrue(output.contains("fetch: stored " + storedWhileFull + ","), "the summary counts what was committed:\n" + output);
        assertTrue(storedWhileFull < LARGE + SMALL, "the limit must stop the import, stored " + storedWhileFull);
        assertTrue(seen(large) + seen(small) <= storedWhileFull, "a message marked read on the server was not stored");

        Thread.sleep(4500); // the account lease the failed run could not release expires (4 s in these runs)
        HeadlessManager.Run again = headless.start(null, "fetch");
        assertEquals(0, again.await(300), again.output());

        assertEquals(LARGE + SMALL, count(db), "every message stored once the disk has room again");
        assertEquals(LARGE + SMALL, distinctKeys(db), "none twice");
        assertEquals(LARGE + SMALL, seen(large) + seen(small));
    }

    private AccountSettings account(String name, String user) {
        String url = "imap://" + user.replace("@", "%40") + "@127.0.0.1:" + greenMail.getImap().getPort() + "/INBOX";
        return new AccountSettings(name, url, PASSWORD, null, null, user, 60, false, true, null);
    }

    private static MimeMessage message(String from, String subject, String body) throws Exception {
        String raw = "From: " + from + "\r\nTo: support@example.test\r\nSubject: " + subject + "\r\nMessage-ID: <" + Math.abs(subject.hashCode())
                + "." + from + ">\r\nDate: Fri, 27 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n";
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    /** Text that does not compress away: random words, wrapped like mail. */
    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            for (int i = 0; i < 3 + random.nextInt(8); i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(text.length() % 72 < 8 ? "\r\n" : " ");
        }
        return text.toString();
    }

    private static Path databaseFile(DatabaseSettings db) {
        String path = db.url().substring("jdbc:h2:file:".length(), db.url().indexOf(';'));
        return Path.of(path + ".mv.db");
    }

    private static long count(DatabaseSettings db) throws Exception {
        try (Store store = Store.open(db)) {
            return new MailWorldQueries(store).count("SELECT COUNT(*) FROM er_message");
        }
    }

    private static long distinctKeys(DatabaseSettings db) throws Exception {
        try (Store store = Store.open(db)) {
            return new MailWorldQueries(store).count("SELECT COUNT(DISTINCT dedup_key) FROM er_message");
        }
    }

    /** Messages of the user's inbox marked read on the server (the Manager marks them after its commit). */
    private long seen(GreenMailUser user) throws Exception {
        return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                .filter(m -> m.isSet(Flags.Flag.SEEN)).count();
    }
}
