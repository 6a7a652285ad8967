package org.emailresponder.manager.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.emailresponder.core.UserSession;
import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailSecurity;
import org.emailresponder.mail.RemoteMessage;
import org.emailresponder.manager.AccountSettings;
import org.emailresponder.manager.IngestResult;
import org.emailresponder.manager.ManagerContext;
import org.emailresponder.manager.ManagerListener;
import org.emailresponder.manager.pipeline.AutomatedManager;
import org.emailresponder.manager.pipeline.PipelineSettings;
import org.emailresponder.manager.transport.RegistryTransports;
import org.emailresponder.store.Store;
import org.emailresponder.store.StoreAuthentication;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * End-to-end ingest throughput (IMAP → parsed, threaded, stored) against a raw download of the same mailbox in the
 * same run, and ingest with the automation after it (analyze, route, notify, suggest, index) as the headless Manager
 * runs it ({@link AutomatedManager}). Run by releng/benchmarks/ingest-benchmark.sh (-Dit.servers=true
 * -Dit.benchmark=true); options {@code -Dbench.runs=raw,ingest,automation}, {@code -Dbench.databases=h2,postgresql},
 * {@code -Dbench.templates=10000}, {@code -Dbench.rounds=1} (automation runs per database; later rounds run with the
 * JIT compiler warm). See docs/BENCHMARKS.md.
 */
class IngestBenchmark {
    private final List<String> report = new ArrayList<>();
    private final List<String> runs = List.of(System.getProperty("bench.runs", "raw,ingest,automation").split(","));
    private final List<String> databases = List.of(System.getProperty("bench.databases",
            TestDatabases.H2 + "," + TestDatabases.POSTGRESQL).split(","));

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
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB; " + LoadAverage.text());
            for (String database : databases) {
                if (runs.contains("raw")) {
                    rawDownload(size);
                    mbsyncDownload(size);
                }
                if (runs.contains("ingest")) {
                    ingest(database, size);
                }
            }
            for (String database : databases) {
                for (int round = 0; runs.contains("automation") && round < Integer.getInteger("bench.rounds", 1); round++) {
                    ingestWithAutomation(database, size, corpus);
                }
            }
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

    private void mbsyncDownload(int size) throws Exception {
        if (!MbsyncDownload.available()) {
            line("raw download by mbsync: skipped, /usr/bin/mbsync missing (Debian package isync)");
            return;
        }
        double seconds = MbsyncDownload.pull(size);
        line(String.format("raw download by mbsync (isync, into a fresh Maildir): %d msgs in %.2f s = %.0f msgs/s", size, seconds,
                size / seconds));
    }

    private void ingest(String database, int size) throws Exception {
        try (Store store = Store.open(TestDatabases.fresh(database))) {
            ManagerContext manager = CorpusImportTest.manager(store);
            manager.accounts().add(UserSession.MANAGER_SERVICE, new AccountSettings("bench", Servers.IMAP, Servers.PASSWORD, null, null, null,
                    60, false, true, null));
            System.gc();
            HeapPeak peak = HeapPeak.start();
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            IngestResult result = manager.service().fetch(true, ManagerListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            line(String.format("ingest IMAP -> %s: %s in %.2f s = %.0f msgs/s, process CPU %.2f ms per message, peak heap used %d MB; %s",
                    database, result, seconds, result.stored() / seconds, (processCpuNanos() - cpu) / 1e6 / result.stored(),
                    peak.stopMegabytes(), LoadAverage.text()));
            if (result.stored() != size) {
                throw new AssertionError("stored " + result.stored() + " of " + size);
            }
        }
    }

    /**
     * Ingest with the automation on its own thread, as {@code emailresponder run} does, into a fresh database holding
     * the benchmark installation. Time from the start of the fetch until the automation is idle. The pipeline is
     * started first (as a running service has it); its start-up is reported on its own.
     */
    private void ingestWithAutomation(String database, int size, Path corpus) throws Exception {
        int templates = Integer.getInteger("bench.templates", 10_000);
        Path index = Files.createTempDirectory("er-bench-index");
        try (Store store = Store.open(TestDatabases.fresh(database))) {
            UserSession admin = new StoreAuthentication(store, new PasswordHasher(1_000)).createFirstAdmin("admin", "Ada Admin",
                    "admin-pass-1".toCharArray());
            long setUp = System.nanoTime();
            BenchmarkInstallation.create(store, admin, templates, corpus.resolve("package/data"));
            double setUpSeconds = (System.nanoTime() - setUp) / 1e9;
            Map<String, String> env = Map.of("EMAILRESPONDER_SECRET_KEY", Base64.getEncoder().encodeToString(new byte[32]));
            try (AutomatedManager automated = AutomatedManager.open(store, env, new PipelineSettings(true, index, 5, 20_000, Map.of()))) {
                automated.context().accounts().add(UserSession.MANAGER_SERVICE, new AccountSettings("bench", Servers.IMAP, Servers.PASSWORD,
                        null, null, null, 60, false, true, null));
                long pipelineStart = System.nanoTime();
                automated.pipeline();
                double pipelineSeconds = (System.nanoTime() - pipelineStart) / 1e9;
                System.gc();
                HeapPeak peak = HeapPeak.start();
                long cpu = processCpuNanos();
                ThreadCpu threads = ThreadCpu.snapshot();
                long start = System.nanoTime();
                IngestResult result = automated.context().service().fetch(true, ManagerListener.NONE);
                double fetchSeconds = (System.nanoTime() - start) / 1e9;
                if (!automated.awaitAutomation(30, TimeUnit.MINUTES)) {
                    throw new AssertionError("the automation did not finish within 30 minutes");
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuMillis = (processCpuNanos() - cpu) / 1e6;
                String cpuByThread = ThreadCpu.snapshot().since(threads, cpuMillis / 1000);
                Map<String, Long> states = states(store);
                line(String.format("ingest + automation IMAP -> %s (%d templates): %s; fetch done after %.2f s, automation idle after %.2f s"
                        + " = %.0f msgs/s; process CPU %.2f ms per message; peak heap used %d MB; states %s; steps (wall, summed): %s;"
                        + " set-up %.1f s, pipeline start %.1f s; %s", database, templates, result, fetchSeconds, seconds,
                        result.stored() / seconds, cpuMillis / result.stored(), peak.stopMegabytes(), states,
                        automated.pipeline().times(), setUpSeconds, pipelineSeconds, LoadAverage.text()));
                line("  CPU by thread: " + cpuByThread);
                if (result.stored() != size || states.getOrDefault("RECEIVED", 0L) + states.getOrDefault("ANALYZED", 0L) > 0) {
                    throw new AssertionError("stored " + result.stored() + " of " + size + ", states " + states);
                }
            }
        } finally {
            TempFolders.delete(index);
        }
    }

    private static Map<String, Long> states(Store store) throws SQLException {
        Map<String, Long> states = new TreeMap<>();
        try (Connection c = store.connection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT state, COUNT(*) FROM er_message GROUP BY state")) {
            while (rs.next()) {
                states.put(rs.getString(1), rs.getLong(2));
            }
        }
        return states;
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
    }

    private void line(String text) {
        System.out.println("BENCHMARK " + text);
        report.add(text);
    }
}
