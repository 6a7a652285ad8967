package org.emailresponder.manager.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.emailresponder.core.UserSession;
import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailSecurity;
import org.emailresponder.mail.RemoteMessage;
import org.emailresponder.manager.AccountSettings;
import org.emailresponder.manager.IngestResult;
import org.emailresponder.manager.ManagerContext;
import org.emailresponder.manager.ManagerListener;
import org.emailresponder.manager.transport.RegistryTransports;
import org.emailresponder.store.Store;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * End-to-end ingest throughput (IMAP → parsed, threaded, stored) against a raw download of the same mailbox in the
 * same run. Run by releng/benchmarks/ingest-benchmark.sh (-Dit.servers=true -Dit.benchmark=true); see docs/BENCHMARKS.md.
 */
class IngestBenchmark {
    private final List<String> report = new ArrayList<>();

    @Test
    void ingestAgainstRawDownload() throws Exception {
        Servers.requireEnabled();
        if (!Boolean.getBoolean("it.benchmark")) {
            System.out.println("SKIPPED: the benchmark runs with -Dit.benchmark=true");
            Assumptions.abort("benchmark not requested");
        }
        System.setProperty("emailresponder.ingest.timing", "true");
        Path corpus = Servers.corpus();
        int size = Servers.corpusSize(corpus);
        Path dovecot = Servers.dovecotWithCorpus(corpus);
        try {
            line("corpus: " + size + " messages; " + Runtime.getRuntime().availableProcessors() + " cores; max heap "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
            rawDownload(size);
            ingest(TestDatabases.H2, size);
            rawDownload(size);
            ingest(TestDatabases.POSTGRESQL, size);
        } finally {
            Servers.script("dovecot.sh", "stop", dovecot.toString());
            Files.write(Path.of("target/benchmark-results.txt"), report);
        }
    }

    private void rawDownload(int size) throws Exception {
        RegistryTransports transports = new RegistryTransports();
        long start = System.nanoTime();
        long bytes = 0;
        var endpoint = transports.endpoint(Servers.IMAP, Servers.PASSWORD);
        try (IncomingMailbox box = transports.forScheme(endpoint.protocol()).openIncoming(endpoint, MailSecurity.defaults())) {
            List<RemoteMessage> all = box.list(0, List.of());
            for (int i = 0; i < all.size(); i += 200) {
                for (RemoteMessage m : box.fetch(all.subList(i, Math.min(all.size(), i + 200)))) {
                    bytes += m.raw().length;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        line(String.format("raw IMAP download (UID FETCH BODY.PEEK[] in batches of 200, nothing stored): %d msgs, %.1f MB in %.2f s = %.0f msgs/s",
                size, bytes / 1e6, seconds, size / seconds));
    }

    private void ingest(String database, int size) throws Exception {
        try (Store store = Store.open(TestDatabases.fresh(database))) {
            ManagerContext manager = CorpusImportTest.manager(store);
            manager.accounts().add(UserSession.MANAGER_SERVICE, new AccountSettings("bench", Servers.IMAP, Servers.PASSWORD, null, null, null,
                    60, false, true, null));
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long start = System.nanoTime();
            IngestResult result = manager.service().fetch(true, ManagerListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            line(String.format("ingest IMAP -> %s: %s in %.2f s = %.0f msgs/s, peak heap used %d MB", database, result, seconds,
                    result.stored() / seconds, peak.get() >> 20));
            if (result.stored() != size) {
                throw new AssertionError("stored " + result.stored() + " of " + size);
            }
        }
    }

    private void line(String text) {
        System.out.println("BENCHMARK " + text);
        report.add(text);
    }
}
