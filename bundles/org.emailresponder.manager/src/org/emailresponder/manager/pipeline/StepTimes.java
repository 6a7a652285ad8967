package org.emailresponder.manager.pipeline;

import java.util.concurrent.atomic.AtomicLongArray;

/** Wall time spent in each step since start, for benchmarks and the log. Thread-safe. */
public final class StepTimes {
    /** The steps, in pipeline order. */
    public enum Step { LOAD, ANALYZE, ROUTE, SUGGEST, INDEX }

    private final AtomicLongArray nanos = new AtomicLongArray(Step.values().length);

    void add(Step step, long startNanos) {
        nanos.addAndGet(step.ordinal(), System.nanoTime() - startNanos);
    }

    public long millis(Step step) {
        return nanos.get(step.ordinal()) / 1_000_000;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Step step : Step.values()) {
            text.append(text.isEmpty() ? "" : ", ").append(step.name().toLowerCase()).append(' ').append(millis(step)).append(" ms");
        }
        return text.toString();
    }
}
