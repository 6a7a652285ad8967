package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.emailresponder.manager.IngestResult;
import org.emailresponder.manager.pipeline.AutomatedManager;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * End-to-end ingest throughput: the SpamAssassin corpus in a GreenMail IMAP mailbox, fetched by the Manager with and
 * without the automation (parse, thread, store, analyze, route, notify, suggest, index). Off by default:
 * {@code -Dbench.pipeline=true}, corpus from {@code -Dit.corpus} (the npm package folder), {@code -Dbench.db=h2|postgresql},
 * {@code -Dbench.limit=N} messages. See docs/BENCHMARKS.md.
 */
class PipelineBenchmarkTest {

    @Test
    void ingestWithAndWithoutAutomation() throws Exception {
        if (!Boolean.getBoolean("bench.pipeline")) {
            System.out.println("SKIPPED: pipeline benchmark runs only with -Dbench.pipeline=true");
            Assumptions.abort("benchmark off (-Dbench.pipeline=true runs it)");
        }
        Path corpus = Path.of(System.getProperty("it.corpus", "/tmp/er-corpus"), "package", "data");
        if (!Files.isDirectory(corpus)) {
            System.out.println("PIPELINE BENCH skipped: no SpamAssassin corpus in " + corpus + " (see TEST-SERVERS.md)");
            Assumptions.abort("no corpus in " + corpus);
        }
        List<byte[]> mails = load(corpus, Integer.getInteger("bench.limit", 100_000));
        String db = System.getProperty("bench.db", TestDatabases.H2);
        run(db, mails, "off");
        run(db, mails, "on");
        run(db, mails, "background");
    }

    /** @param mode off: store only; on: automation on the ingest thread; background: as the CLI runs it (own thread) */
    private static void run(String db, List<byte[]> mails, String mode) throws Exception {
        try (AutomationWorld world = new AutomationWorld(db)) {
            setUp(world);
            AutomatedManager automated = null;
            if (mode.equals("background")) {
                automated = world.startAutomatedManager();
                world.pipeline = automated.pipeline();
            } else {
                world.startManager(mode.equals("on"));
            }
            boolean automation = !mode.equals("off");
            int delivered = deliver(world, mails);
            System.gc();
            long start = System.nanoTime();
            IngestResult result = world.fetch();
            if (automated != null) {
                automated.awaitAutomation(30, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long processed = world.mail.count("SELECT COUNT(*) AS c FROM er_message WHERE state NOT IN ('RECEIVED', 'ANALYZED')");
            long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
            System.out.printf("PIPELINE BENCH %s automation=%s: %d delivered, %s in %.1f s = %.0f messages/s; %d left RECEIVED/ANALYZED->done %d;"
                    + " heap used %d MB (max %d MB); steps: %s%n", db, mode, delivered, result, seconds,
                    result.stored() / seconds, world.mail.count("SELECT COUNT(*) AS c FROM er_message WHERE state IN ('RECEIVED', 'ANALYZED')"),
                    processed, heapMb, Runtime.getRuntime().maxMemory() >> 20, automation ? world.pipeline.times() : "-");
            System.out.println("PIPELINE BENCH states: " + world.mail.rows("SELECT state, COUNT(*) AS c FROM er_message GROUP BY state"));
            assertEquals(0, result.errors());
            if (automated != null) {
                world.pipeline = null;
                automated.close();
            }
        }
    }

    private static void setUp(AutomationWorld world) throws IOException {
        BenchmarkInstallation.create(world.mail.store, world.admin, 8, null);
    }

    private static int deliver(AutomationWorld world, List<byte[]> mails) {
        Session session = Session.getInstance(new Properties());
        int delivered = 0;
        for (byte[] raw : mails) {
            try {
                world.mail.mailbox.deliver(new MimeMessage(session, new ByteArrayInputStream(raw)));
                delivered++;
            } catch (Exception e) {
                // GreenMail cannot take a few broken messages; the ingest tests cover those
            }
        }
        return delivered;
    }

    private static List<byte[]> load(Path corpus, int limit) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).map(p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
