package org.emailresponder.manager.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark mailbox pulled by mbsync (Debian's isync, a C IMAP synchroniser with pipelined fetches) into a fresh
 * Maildir: a raw-download reference from outside the JVM, next to the Manager's own batched fetch.
 */
final class MbsyncDownload {
    private static final Path MBSYNC = Path.of("/usr/bin/mbsync");

    private MbsyncDownload() {
    }

    static boolean available() {
        return Files.isExecutable(MBSYNC);
    }

    /** Seconds mbsync needs to pull the whole INBOX from the test Dovecot; fails unless it stored {@code expected} messages. */
    static double pull(int expected) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("er-mbsync");
        try {
            Path config = folder.resolve("mbsyncrc");
            Files.writeString(config, config(folder.resolve("mail")), StandardCharsets.UTF_8);
            Files.createDirectories(folder.resolve("mail"));
            Process process = new ProcessBuilder(MBSYNC.toString(), "-c", config.toString(), "-q", "bench")
                    .redirectErrorStream(true).redirectOutput(folder.resolve("output").toFile()).start();
            long start = System.nanoTime();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("mbsync did not finish in 5 minutes");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long stored = countFiles(folder.resolve("mail/INBOX/cur")) + countFiles(folder.resolve("mail/INBOX/new"));
            if (process.exitValue() != 0 || stored != expected) {
                throw new AssertionError("mbsync exit " + process.exitValue() + ", " + stored + " of " + expected + " messages: "
                        + Files.readString(folder.resolve("output")));
            }
            return seconds;
        } finally {
            TempFolders.delete(folder);
        }
    }

    private static String config(Path mail) {
        return String.join("\n",
                "IMAPAccount bench", "Host 127.0.0.1", "Port " + Servers.IMAP_PORT, "User " + Servers.USER, "Pass " + Servers.PASSWORD,
                "SSLType None", "AuthMechs LOGIN", "",
                "IMAPStore remote", "Account bench", "",
                "MaildirStore local", "Path " + mail + "/", "Inbox " + mail + "/INBOX", "",
                "Channel bench", "Far :remote:", "Near :local:", "Patterns INBOX", "Create Near", "Sync Pull", "SyncState *", "");
    }

    private static long countFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
