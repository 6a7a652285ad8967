package org.emailresponder.manager.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

/** The service job repeats until stopped, and a failing run never ends it. */
class ManagerJobTest {

    @Test
    void aFailingRunIsReportedAndTheJobGoesOnUntilStopped() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<String> outcomes = new CopyOnWriteArrayList<>();
        ManagerJob job = new ManagerJob("test service", progress -> {
            if (runs.incrementAndGet() == 1) {
                throw new java.sql.SQLException("database gone for a moment");
            }
            return "run " + runs.get();
        }, Duration.ofMillis(20), (summary, failure) -> outcomes.add(failure != null ? "failed: " + failure : summary));
        job.schedule();
        long deadline = System.currentTimeMillis() + 10_000;
        while (runs.get() < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        job.stop();
        job.join();
        int afterStop = runs.get();
        Thread.sleep(200);

        assertTrue(afterStop >= 3, "ran again after the failure: " + afterStop);
        assertEquals("failed: database gone for a moment", outcomes.get(0));
        assertEquals("run 2", outcomes.get(1));
        assertEquals(afterStop, runs.get(), "no run after stop");
        assertEquals(Job.NONE, job.getState());
    }

    @Test
    void aOneOffJobRunsOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        ManagerJob job = new ManagerJob("fetch now", progress -> "run " + runs.incrementAndGet(), null, (summary, failure) -> failures.add(failure));
        job.schedule();
        job.join();
        Thread.sleep(100);
        assertEquals(1, runs.get());
        assertNull(failures.get(0));
    }
}
