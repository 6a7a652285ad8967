package org.emailresponder.mail.internal;

import java.util.Arrays;

/** IMAP sequence-set text for UIDs: sorted, runs compressed ({@code 1:4,7,9:10}). */
final class UidSets {

    private UidSets() {
    }

    static String of(long[] uids) {
        long[] sorted = uids.clone();
        Arrays.sort(sorted);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] <= sorted[j] + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(sorted[i]);
            if (sorted[j] != sorted[i]) {
                sb.append(':').append(sorted[j]);
            }
            i = j + 1;
        }
        return sb.toString();
    }
}
