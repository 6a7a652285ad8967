package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

import org.emailresponder.core.UserSession;
import org.emailresponder.manager.AccountSettings;
import org.emailresponder.manager.IngestOptions;
import org.emailresponder.manager.IngestResult;
import org.emailresponder.manager.ManagerContext;
import org.emailresponder.manager.ManagerListener;
import org.emailresponder.manager.ReplySender;
import org.emailresponder.manager.SecretBox;
import org.emailresponder.manager.internal.MailBundleParsing;
import org.emailresponder.manager.transport.RegistryTransports;
import org.emailresponder.store.Store;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole SpamAssassin corpus through real Dovecot, over IMAP and over POP3: all stored, once. */
class CorpusImportTest {
    private static Path corpus;
    private static Path dovecot;
    private static int size;

    @BeforeAll
    static void servers() {
        Servers.requireEnabled();
        corpus = Servers.corpus();
        size = Servers.corpusSize(corpus);
        dovecot = Servers.dovecotWithCorpus(corpus);
    }

    @AfterAll
    static void stopServers() {
        if (dovecot != null) {
            Servers.script("dovecot.sh", "stop", dovecot.toString());
        }
    }

    static ManagerContext manager(Store store) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new ManagerContext(store, new SecretBox(key), new RegistryTransports(), new MailBundleParsing(), IngestOptions.defaults(),
                ReplySender.Policy.defaults(), List.of(), "corpus-test");
    }

    private void importTwice(String url, String database) throws Exception {
        try (Store store = Store.open(TestDatabases.fresh(database))) {
            ManagerContext manager = manager(store);
            manager.accounts().add(UserSession.MANAGER_SERVICE, new AccountSettings("corpus", url, Servers.PASSWORD, Servers.SMTP_SINK, null,
                    Servers.USER, 60, false, true, null));
            long start = System.nanoTime();
            IngestResult first = manager.service().fetch(true, ManagerListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s into %s: %s in %.1f s (%.0f msgs/s)%n", url, database, first, seconds, first.stored() / seconds);
            MailWorldQueries q = new MailWorldQueries(store);
            q.print("SELECT state, COUNT(*) FROM er_message GROUP BY state");
            q.print("SELECT state_reason, COUNT(*) FROM er_message WHERE state IN ('QUARANTINED', 'BLOCKED') GROUP BY state_reason");
            assertEquals(size, first.stored(), first.toString());
            assertEquals(0, first.errors());
            assertEquals(size, q.count("SELECT COUNT(DISTINCT dedup_key) FROM er_message"));
            assertEquals(size, q.count("SELECT COUNT(*) FROM er_message_raw"));
            IngestResult second = manager.service().fetch(true, ManagerListener.NONE);
            assertEquals(0, second.stored(), second.toString());
            assertEquals(size, q.count("SELECT COUNT(*) FROM er_message"));
        }
    }

    @Test
    void imapStoresTheWholeCorpusOnce() throws Exception {
        importTwice(Servers.IMAP, TestDatabases.H2);
    }

    @Test
    void pop3StoresTheWholeCorpusOnce() throws Exception {
        importTwice(Servers.POP3, TestDatabases.H2);
    }

    @Test
    void imapIntoPostgresqlStoresTheWholeCorpusOnce() throws Exception {
        importTwice(Servers.IMAP, TestDatabases.POSTGRESQL);
    }
}
