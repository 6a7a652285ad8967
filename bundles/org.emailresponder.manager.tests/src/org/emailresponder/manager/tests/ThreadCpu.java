package org.emailresponder.manager.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time of this process by kind of thread (Linux /proc), to see where a benchmark's CPU went: pipeline, ingest,
 * garbage collector, JIT compiler, Lucene merges, H2. Threads of a pool are added up ("analysis-worker-#").
 */
final class ThreadCpu {
    private static final long TICKS_PER_SECOND = 100;
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> ticks = new HashMap<>();

    private ThreadCpu() {
    }

    static ThreadCpu snapshot() {
        ThreadCpu snapshot = new ThreadCpu();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> snapshot.read(task));
        } catch (IOException | RuntimeException e) {
            // not Linux: an empty snapshot
        }
        return snapshot;
    }

    private void read(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long tid = Long.parseLong(task.getFileName().toString());
            names.put(tid, Files.readString(task.resolve("comm")).strip().replaceAll("\\d+", "#"));
            ticks.put(tid, Long.parseLong(fields[11]) + Long.parseLong(fields[12])); // utime + stime
        } catch (IOException | RuntimeException e) {
            // the thread ended meanwhile
        }
    }

    /** CPU seconds per kind of thread since {@code before}, largest first, e.g. "GC Thread# 2.1 s, main 1.5 s". */
    String since(ThreadCpu before, double totalSeconds) {
        Map<String, Long> byName = new HashMap<>();
        ticks.forEach((tid, t) -> byName.merge(names.get(tid), t - before.ticks.getOrDefault(tid, 0L), Long::sum));
        double counted = byName.values().stream().mapToLong(Long::longValue).sum() / (double) TICKS_PER_SECOND;
        String threads = byName.entrySet().stream().filter(e -> e.getValue() >= TICKS_PER_SECOND / 10)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue() / (double) TICKS_PER_SECOND)).collect(Collectors.joining(", "));
        return threads + String.format(", threads that ended %.1f s", Math.max(0, totalSeconds - counted));
    }
}
