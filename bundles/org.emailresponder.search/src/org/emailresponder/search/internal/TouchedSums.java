package org.emailresponder.search.internal;

/**
 * Score sums per document for one query over in-memory postings, remembering which documents it touched so that
 * picking the best and clearing cost the touched documents only. One per thread ({@link #forThread}), reused by every
 * query on that thread.
 */
final class TouchedSums {
    private static final ThreadLocal<TouchedSums> PER_THREAD = ThreadLocal.withInitial(TouchedSums::new);

    private double[] sums = new double[0];
    private int[] touched = new int[0];
    private int touchedCount;

    private TouchedSums() {
    }

    /** This thread's sums, empty and large enough for documents numbered below {@code documents}. */
    static TouchedSums forThread(int documents) {
        TouchedSums sums = PER_THREAD.get();
        sums.clear();
        if (sums.sums.length < documents) {
            sums.sums = new double[documents + documents / 2];
            sums.touched = new int[sums.sums.length];
        }
        return sums;
    }

    void add(int doc, double value) {
        if (value == 0) {
            return;
        }
        if (sums[doc] == 0) {
            touched[touchedCount++] = doc;
        }
        sums[doc] += value;
    }

    int touchedCount() {
        return touchedCount;
    }

    /** The i-th touched document. */
    int touched(int i) {
        return touched[i];
    }

    double sum(int doc) {
        return sums[doc];
    }

    void clear() {
        for (int i = 0; i < touchedCount; i++) {
            sums[touched[i]] = 0;
        }
        touchedCount = 0;
    }
}
