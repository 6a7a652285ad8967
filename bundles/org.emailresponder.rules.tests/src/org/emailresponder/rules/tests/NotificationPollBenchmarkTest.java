package org.emailresponder.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.UserSession;
import org.emailresponder.rules.notifications.NotificationService;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cost of 100 workbenches polling {@link NotificationService#unread} (docs/BENCHMARKS.md, "Notifications").
 * Off by default; run with
 * {@code -Dtest=NotificationPollBenchmarkTest -Dtest.jvmArgs="-Xmx1g -Dbench.notifications=true"}.
 */
class NotificationPollBenchmarkTest {
    private static final int CLIENTS = 100;
    private static final int HISTORY_PER_USER = Integer.getInteger("bench.history", 500);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);
    private static final int THREADS = 4;

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void hundredClientsPolling(String kind) throws Exception {
        if (!Boolean.getBoolean("bench.notifications")) {
            System.out.println("SKIPPED: notification benchmark runs only with -Dbench.notifications=true");
            Assumptions.abort("benchmark off (-Dbench.notifications=true runs it)");
        }
        try (Fixture db = new Fixture(kind)) {
            long group = db.group("Support", AssignmentMode.MANUAL).id();
            List<UserSession> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(db.agent("agent" + i, group));
            }
            long[] lastSeen = seed(db, clients);
            NotificationService service = new NotificationService(db.store);
            for (int i = 0; i < CLIENTS * 5; i++) {
                service.unread(clients.get(i % CLIENTS), lastSeen[i % CLIENTS]);
            }

            double[] latencies = new double[CLIENTS * ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                for (int c = 0; c < CLIENTS; c++) {
                    long start = System.nanoTime();
                    service.unread(clients.get(c), lastSeen[c]);
                    latencies[round * CLIENTS + c] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(latencies);
            double mean = Arrays.stream(latencies).average().orElseThrow();
            double p50 = latencies[latencies.length / 2];
            double p95 = latencies[(int) (latencies.length * 0.95)];
            double p99 = latencies[(int) (latencies.length * 0.99)];
            double throughput = parallelThroughput(service, clients, lastSeen);
            assertEquals(0, service.unread(clients.get(0), lastSeen[0]).size(), "a client that saw everything gets nothing");
            assertEquals(5, service.unread(clients.get(0), lastSeen[0] - 5L * CLIENTS).size(), "only unread rows come back");
            // one poll = one SQL statement, so polls/s = queries/s; busy share = polls/s x mean ms
            System.out.println(String.format(Locale.ROOT, "NOTIFICATION POLL %s: %d clients, %d rows; per poll mean %.3f ms, p50 %.3f,"
                    + " p95 %.3f, p99 %.3f ms; %d threads flat out: %.0f polls/s; 100 clients every 5 s = 20 queries/s = %.1f%% of one"
                    + " thread busy, every 2 s = 50 queries/s = %.1f%%", kind, CLIENTS, CLIENTS * HISTORY_PER_USER, mean, p50, p95, p99,
                    THREADS, throughput, 20 * mean / 10, 50 * mean / 10));
        }
    }

    /** Polls per second with several threads (each a different client) as fast as possible. */
    private static double parallelThroughput(NotificationService service, List<UserSession> clients, long[] lastSeen) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                work.add(pool.submit(() -> {
                    for (int i = offset; i < CLIENTS * ROUNDS; i += THREADS) {
                        service.unread(clients.get(i % CLIENTS), lastSeen[i % CLIENTS]);
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            return CLIENTS * ROUNDS / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** History for every client (all read but the last 5, which each client has already seen) via one JDBC batch. */
    private static long[] seed(Fixture db, List<UserSession> clients) throws Exception {
        long[] lastSeen = new long[clients.size()];
        long id = 10_000_000L;
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = db.store.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO er_notification (id, user_id, message_id, kind, text_value,"
                    + " created_at, read_at) VALUES (?, ?, NULL, 'ROUTED', 'New message in Support', ?, ?)")) {
                for (int n = 0; n < HISTORY_PER_USER; n++) {
                    for (int u = 0; u < clients.size(); u++) {
                        insert.setLong(1, ++id);
                        insert.setLong(2, clients.get(u).userId());
                        insert.setTimestamp(3, now);
                        insert.setTimestamp(4, n < HISTORY_PER_USER - 5 ? now : null);
                        insert.addBatch();
                        lastSeen[u] = id;
                    }
                    insert.executeBatch();
                }
            }
            c.commit();
        }
        return lastSeen;
    }
}
