package org.emailresponder.manager.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.emailresponder.store.DatabaseSettings;

/**
 * Runs the headless Manager ({@code -application org.emailresponder.manager.cli}) in a separate JVM through the
 * Equinox launcher, with exactly the bundles of this test runtime (its config.ini, copied). That is what the crash
 * tests kill with SIGKILL. The product launcher runs the same application the same way.
 */
final class HeadlessManager {
    static final String KEY = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
        19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    private final DatabaseSettings db;
    private final Path configuration;
    private final Path launcher;
    private final String framework;

    HeadlessManager(DatabaseSettings db) throws IOException {
        this.db = db;
        Path testConfiguration = Path.of(java.net.URI.create(System.getProperty("osgi.configuration.area")));
        configuration = Files.createTempDirectory("er-headless");
        Files.copy(testConfiguration.resolve("config.ini"), configuration.resolve("config.ini"));
        framework = System.getProperty("osgi.framework");
        Path osgiJar = Path.of(java.net.URI.create(framework));
        Path platform = osgiJar.getParent().getParent().getParent().resolve("org.eclipse.equinox.launcher");
        try (var versions = Files.list(platform)) {
            Path version = versions.sorted().reduce((a, b) -> b).orElseThrow();
            try (var jars = Files.list(version)) {
                launcher = jars.filter(j -> j.toString().endsWith(".jar")).findFirst().orElseThrow();
            }
        }
    }

    /** A started Manager process; its output is echoed with a prefix and watched for a line. */
    final class Run {
        final Process process;
        private final CountDownLatch seen = new CountDownLatch(1);
        private final StringBuilder output = new StringBuilder();

        private final Thread pump;

        Run(Process process, String waitFor) {
            this.process = process;
            pump = new Thread(() -> pump(waitFor), "headless-output");
            pump.setDaemon(true);
            pump.start();
        }

        private void pump(String waitFor) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    if (line.contains("spifly") || line.startsWith("INFO: Registered")) {
                        continue;
                    }
                    System.out.println("  [manager " + process.pid() + "] " + line);
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (waitFor != null && line.contains(waitFor)) {
                        seen.countDown();
                    }
                }
            } catch (IOException e) {
                // process ended
            }
        }

        boolean awaitLine(long seconds) throws InterruptedException {
            return seen.await(seconds, TimeUnit.SECONDS);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL on Linux
            process.waitFor();
        }

        int await(long seconds) throws InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                printThreads();
                kill();
                throw new IllegalStateException("the Manager did not finish in " + seconds + " s");
            }
            pump.join(TimeUnit.SECONDS.toMillis(10)); // the output up to the end, before anyone reads it
            return process.exitValue();
        }

        /** What a hung Manager was doing, for the test log. */
        private void printThreads() {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            try {
                Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).start();
                System.out.println("threads of the Manager " + process.pid() + " that did not finish:\n"
                        + new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                dump.waitFor(30, TimeUnit.SECONDS);
            } catch (IOException e) {
                System.out.println("no thread dump of " + process.pid() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String output() {
            synchronized (output) {
                return output.toString();
            }
        }
    }

    Run start(String waitFor, String... args) throws IOException {
        return launch(List.of(), waitFor, args);
    }

    /**
     * Starts the Manager with no file it writes allowed to grow past {@code kilobytes} ({@code ulimit -f}): a write past
     * it fails with "File too large", as on a full disk (the JVM ignores the SIGXFSZ signal).
     */
    Run startWithFileSizeLimit(long kilobytes, String... args) throws IOException {
        return launch(List.of("/bin/bash", "-c", "ulimit -f " + kilobytes + " && exec \"$@\"", "manager"), null, args);
    }

    private Run launch(List<String> prefix, String waitFor, String... args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Demailresponder.leaseSeconds=4", "-jar", launcher.toString(), "-framework", framework, "-configuration",
                configuration.toUri().toString(), "-install", configuration.toUri().toString(), "-nosplash", "-application",
                "org.emailresponder.manager.cli"));
        command.addAll(List.of(args));
        command.addAll(List.of("-db.url", db.url(), "-db.user", db.user()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("EMAILRESPONDER_SECRET_KEY", KEY);
        builder.environment().put("EMAILRESPONDER_HOME", configuration.resolve("home").toString()); // index etc. not in ~
        builder.environment().remove("EMAILRESPONDER_DB_URL");
        builder.environment().remove("EMAILRESPONDER_DB_PASSWORD_FILE");
        builder.environment().put("EMAILRESPONDER_DB_PASSWORD", db.password());
        return new Run(builder.start(), waitFor);
    }

    /** Runs a command to its end and returns its exit code. */
    int runToEnd(long seconds, String... args) throws IOException, InterruptedException {
        return start(null, args).await(seconds);
    }
}
