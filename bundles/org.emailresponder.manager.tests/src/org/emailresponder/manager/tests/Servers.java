package org.emailresponder.manager.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Real servers for the integration tests, started through the repository's own scripts (releng/test-servers).
 * Only with {@code -Dit.servers=true}; otherwise the tests are skipped with a printed reason.
 */
final class Servers {
    static final String USER = "support@example.test";
    static final String PASSWORD = "secret";
    // Dovecot ports of their own (the scripts' defaults are 10143/10110/10024), so that the benchmark harness
    // (releng/benchmarks) can use the defaults on the same machine at the same time
    static final int IMAP_PORT = 12143;
    private static final java.util.Map<String, String> DOVECOT_PORTS = java.util.Map.of("IMAP_PORT", String.valueOf(IMAP_PORT),
            "POP3_PORT", "12110", "LMTP_PORT", "12024");
    static final String IMAP = "imap://support%40example.test@127.0.0.1:" + IMAP_PORT + "/INBOX";
    static final String POP3 = "pop3://support%40example.test@127.0.0.1:12110";
    static final String SMTP_SINK = "smtp://127.0.0.1:10025";

    private Servers() {
    }

    static void requireEnabled() {
        if (!Boolean.getBoolean("it.servers")) {
            System.out.println("SKIPPED: integration test against Dovecot/smtp-sink needs -Dit.servers=true");
            Assumptions.abort("integration tests run with -Dit.servers=true");
        }
    }

    static Path repo() {
        return Path.of(System.getProperty("it.repo", "../.."));
    }

    static void script(String name, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", repo().resolve("releng/test-servers").resolve(name).toString()));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().putAll(DOVECOT_PORTS);
            Process p = builder.start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException(name + " " + List.of(args) + " failed with exit code " + p.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path corpus() {
        Path dir = Path.of(System.getProperty("it.corpus", System.getProperty("java.io.tmpdir") + "/er-corpus"));
        script("corpus.sh", dir.toString());
        return dir;
    }

    static int corpusSize(Path corpus) {
        try (Stream<Path> files = Files.walk(corpus.resolve("package/data"))) {
            return (int) files.filter(f -> f.toString().endsWith(".txt")).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh Dovecot whose support mailbox holds the whole corpus; returns its folder. */
    static Path dovecotWithCorpus(Path corpus) {
        try {
            Path dir = Files.createTempDirectory("er-dovecot");
            script("dovecot.sh", "start", dir.toString());
            script("load-maildir.sh", corpus.toString(), dir.toString());
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path smtpSink() {
        try {
            Path dir = Files.createTempDirectory("er-sink");
            script("smtp-sink.sh", "start", dir.toString());
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
