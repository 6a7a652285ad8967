package org.emailresponder.manager.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** The highest heap use seen while a benchmark runs, sampled every 20 ms on a thread of its own. */
final class HeapPeak {
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    private HeapPeak() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak");
        sampler.setDaemon(true);
    }

    static HeapPeak start() {
        HeapPeak heap = new HeapPeak();
        heap.sampler.start();
        return heap;
    }

    /** Stops sampling; the peak in MB. */
    long stopMegabytes() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
        return peak.get() >> 20;
    }
}
