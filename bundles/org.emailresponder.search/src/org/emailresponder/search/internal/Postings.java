package org.emailresponder.search.internal;

import java.util.Arrays;

/** The documents that contain one term or feature, in the order they were added, with a value for each. */
final class Postings {
    int[] docs = new int[2];
    float[] values = new float[2];
    int size;

    void add(int doc, float value) {
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        docs[size] = doc;
        values[size++] = value;
    }

    /** Drops the documents marked removed. */
    void retain(boolean[] removed) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!removed[docs[i]]) {
                docs[kept] = docs[i];
                values[kept++] = values[i];
            }
        }
        size = kept;
    }
}
