package org.emailresponder.manager.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load averages (Linux), to read benchmark numbers from a shared machine with. */
final class LoadAverage {
    private LoadAverage() {
    }

    /** e.g. "load average 0.52 0.61 0.70" (1, 5, 15 minutes); "load average unknown" off Linux. */
    static String text() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return "load average " + fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "load average unknown";
        }
    }
}
