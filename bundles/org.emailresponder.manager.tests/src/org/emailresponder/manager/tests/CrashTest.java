package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.emailresponder.core.UserSession;
import org.emailresponder.manager.AccountSettings;
import org.emailresponder.manager.IngestOptions;
import org.emailresponder.manager.ManagerContext;
import org.emailresponder.manager.ManagerListener;
import org.emailresponder.manager.ReplyDraft;
import org.emailresponder.manager.ReplySender;
import org.emailresponder.manager.SecretBox;
import org.emailresponder.manager.internal.MailBundleParsing;
import org.emailresponder.manager.transport.RegistryTransports;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.store.Store;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the headless Manager at random moments while it works, several times, then a restart: nothing lost,
 * nothing twice. Real Dovecot and smtp-sink, the whole corpus, the Manager in its own JVM (see {@link HeadlessManager}),
 * the database on the real PostgreSQL server: the production setting, where the Manager's death does not take the
 * database with it. (Embedded H2 killed with the Manager can be left unopenable by its own storage engine, see
 * docs/MANAGER.md.)
 */
class CrashTest {
    private static final int KILLS = 5;
    private static Path corpus;
    private static int size;
    private final Random random = new Random();
    private Path dovecot;
    private Path sink;

    @BeforeAll
    static void enabled() {
        Servers.requireEnabled();
        corpus = Servers.corpus();
        size = Servers.corpusSize(corpus);
    }

    @AfterEach
    void stopServers() {
        if (dovecot != null) {
            Servers.script("dovecot.sh", "stop", dovecot.toString());
        }
        if (sink != null) {
            Servers.script("smtp-sink.sh", "stop", sink.toString());
        }
    }

    private static ManagerContext manager(Store store) {
        return new ManagerContext(store, new SecretBox(Base64.getDecoder().decode(HeadlessManager.KEY)), new RegistryTransports(),
                new MailBundleParsing(), IngestOptions.defaults(), ReplySender.Policy.defaults(), List.of(), "crash-test");
    }

    private static void addAccount(DatabaseSettings db, String url, boolean delete) {
        try (Store store = Store.open(db)) {
            manager(store).accounts().add(UserSession.MANAGER_SERVICE, new AccountSettings("corpus", url, Servers.PASSWORD, Servers.SMTP_SINK,
                    null, Servers.USER, 5, delete, true, null));
        }
    }

    /** How far the Manager has come; a kill waits until this grew past a random threshold. */
    private interface Progress {
        long now() throws IOException;
    }

    /**
     * Starts the Manager in "run" mode and kills it KILLS times, each time at a random point while it works: a random
     * while (below {@code jitterMillis}) after the observed progress has grown by a random amount between {@code minStep}
     * and {@code maxStep} since the start of that run (or after it stopped growing for 20 s, i.e. the work is done).
     */
    private void killRepeatedly(HeadlessManager headless, Progress progress, long minStep, long maxStep, int jitterMillis) throws Exception {
        for (int i = 0; i < KILLS; i++) {
            long before = progress.now();
            HeadlessManager.Run run = headless.start("Manager running", "run", "--interval", "1");
            assertTrue(run.awaitLine(120), "the Manager started");
            long threshold = before + minStep + (long) (random.nextDouble() * (maxStep - minStep));
            long reached = awaitProgress(progress, threshold);
            Thread.sleep(random.nextInt(jitterMillis)); // progress moves in steps (a committed batch): kill anywhere between
            run.kill();
            System.out.println("killed the Manager (" + (i + 1) + "/" + KILLS + ") at progress " + reached + " (started at " + before
                    + ", aimed at " + threshold + ")");
        }
    }

    private static long awaitProgress(Progress progress, long threshold) throws Exception {
        long last = progress.now();
        long lastChange = System.nanoTime();
        while (last < threshold && System.nanoTime() - lastChange < 20_000_000_000L) {
            Thread.sleep(20);
            long now = progress.now();
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            }
        }
        return last;
    }

    /** Messages committed so far, read through the test's own connection to the database server. */
    private static Progress storedMessages(Store observer) {
        return () -> {
            try {
                return new MailWorldQueries(observer).count("SELECT COUNT(*) FROM er_message");
            } catch (java.sql.SQLException e) {
                throw new IOException(e);
            }
        };
    }

    /** smtp-sink writes one file per accepted message. */
    private Progress deliveredFiles() {
        return () -> {
            try (Stream<Path> files = Files.list(sink.resolve("mail"))) {
                return files.count();
            }
        };
    }

    private void ingestSurvivesKills(String url, boolean delete) throws Exception {
        DatabaseSettings db = TestDatabases.fresh(TestDatabases.POSTGRESQL);
        dovecot = Servers.dovecotWithCorpus(corpus);
        addAccount(db, url, delete);
        HeadlessManager headless = new HeadlessManager(db);
        try (Store observer = Store.open(db)) {
            killRepeatedly(headless, storedMessages(observer), 150, 1500, 2000); // on average 5 x 825 of the 6,046 messages
        }
        Thread.sleep(4500); // the killed Manager's account lease expires (4 s in these runs)
        assertEquals(0, headless.runToEnd(300, "fetch"));
        HeadlessManager.Run again = headless.start(null, "fetch");
        assertEquals(0, again.await(300));
        assertTrue(again.output().contains("fetch: stored 0"), again.output());
        try (Store store = Store.open(db)) {
            MailWorldQueries q = new MailWorldQueries(store);
            q.print("SELECT state, COUNT(*) FROM er_message GROUP BY state");
            assertEquals(size, q.count("SELECT COUNT(*) FROM er_message"), "every message stored");
            assertEquals(size, q.count("SELECT COUNT(DISTINCT dedup_key) FROM er_message"), "none twice");
            assertEquals(size, q.count("SELECT COUNT(*) FROM er_message_raw"));
        }
        if (delete) {
            assertEquals(0, remaining(url), "delete after download left messages on the server");
        }
    }

    private static int remaining(String url) throws Exception {
        RegistryTransports transports = new RegistryTransports();
        var endpoint = transports.endpoint(url, Servers.PASSWORD);
        try (var box = transports.forScheme(endpoint.protocol()).openIncoming(endpoint, org.emailresponder.mail.MailSecurity.defaults())) {
            return box.list(0, List.of()).size();
        }
    }

    @Test
    void imapImportKilledFiveTimesEndsWithEveryMessageOnce() throws Exception {
        ingestSurvivesKills(Servers.IMAP, false);
    }

    @Test
    void pop3ImportWithDeleteAfterDownloadKilledFiveTimesLosesNothing() throws Exception {
        ingestSurvivesKills(Servers.POP3, true);
    }

    @Test
    void imapImportWithDeleteAfterDownloadKilledFiveTimesLosesNothing() throws Exception {
        ingestSurvivesKills(Servers.IMAP, true);
    }

    @Test
    void thousandRepliesKilledFiveTimesAreDeliveredWithAtMostOneExtraPerKill() throws Exception {
        DatabaseSettings db = TestDatabases.fresh(TestDatabases.POSTGRESQL);
        dovecot = Servers.dovecotWithCorpus(corpus);
        sink = Servers.smtpSink();
        addAccount(db, Servers.IMAP, false);
        Map<String, String> inReplyTo = new HashMap<>();
        try (Store store = Store.open(db)) {
            ManagerContext manager = manager(store);
            manager.service().fetch(true, ManagerListener.NONE);
            List<Long> ids = new ArrayList<>();
            new MailWorldQueries(store).ids("SELECT id FROM er_message WHERE state = 'RECEIVED' AND from_address LIKE '%@%.%' ORDER BY id", ids, 1000);
            for (long id : ids) {
                manager.replies().queue(UserSession.MANAGER_SERVICE, new ReplyDraft(id, null, null, null, null, "Thank you.", null, null, false));
            }
            new MailWorldQueries(store).pairs("SELECT r.message_id_header, m.message_id_header FROM er_reply r JOIN er_message m ON m.id = r.message_id",
                    inReplyTo);
        }
        assertEquals(1000, inReplyTo.size());
        HeadlessManager headless = new HeadlessManager(db);
        killRepeatedly(headless, deliveredFiles(), 20, 250, 300);
        Thread.sleep(4500); // SENDING rows of the killed Managers become due again after the 4 s lease
        assertEquals(0, headless.runToEnd(300, "send"));
        try (Store store = Store.open(db)) {
            assertEquals(1000, new MailWorldQueries(store).count("SELECT COUNT(*) FROM er_reply WHERE state = 'SENT'"));
        }
        Map<String, Integer> deliveries = new HashMap<>();
        int files = 0;
        try (Stream<Path> sunk = Files.list(sink.resolve("mail"))) {
            for (Path file : sunk.toList()) {
                files++;
                Map<String, String> headers = headers(file);
                String id = headers.get("message-id");
                deliveries.merge(id, 1, Integer::sum);
                assertEquals(inReplyTo.get(id), headers.get("in-reply-to"), "threading header of " + id);
                assertTrue(headers.get("references").contains(inReplyTo.get(id)));
            }
        }
        System.out.println("smtp-sink received " + files + " messages for 1000 replies after " + KILLS + " kills");
        assertEquals(inReplyTo.keySet(), deliveries.keySet(), "every reply delivered");
        assertTrue(files <= 1000 + KILLS, "at most one extra delivery per kill, got " + (files - 1000));
    }

    private static Map<String, String> headers(Path file) throws IOException {
        Map<String, String> headers = new HashMap<>();
        String last = null;
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            if (line.isEmpty() && headers.containsKey("message-id")) {
                break;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                headers.merge(last, " " + line.strip(), String::concat);
            } else if (line.indexOf(':') > 0) {
                last = line.substring(0, line.indexOf(':')).toLowerCase();
                headers.putIfAbsent(last, line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return headers;
    }
}
