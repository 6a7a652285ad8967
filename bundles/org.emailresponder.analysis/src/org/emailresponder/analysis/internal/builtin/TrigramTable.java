package org.emailresponder.analysis.internal.builtin;

import java.util.Arrays;

/**
 * Trigram → row of per-language log probabilities, in open-addressing primitive arrays: the identifier looks up one
 * trigram per character, and boxing a Long for a HashMap there cost more than the rest of the work.
 */
final class TrigramTable {
    private final long[] keys;
    private final int[] rows;
    private final int mask;

    TrigramTable(long[] trigrams) {
        int capacity = Integer.highestOneBit(Math.max(4, trigrams.length * 2)) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(keys, -1);
        for (int row = 0; row < trigrams.length; row++) {
            int slot = slot(trigrams[row]);
            while (keys[slot] != -1) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = trigrams[row];
            rows[slot] = row;
        }
    }

    /** The row of this trigram, or -1 when no language has it. */
    int row(long trigram) {
        int slot = slot(trigram);
        while (keys[slot] != -1) {
            if (keys[slot] == trigram) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(long trigram) {
        long h = trigram * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
