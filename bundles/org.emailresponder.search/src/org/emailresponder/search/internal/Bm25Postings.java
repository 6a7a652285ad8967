package org.emailresponder.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Documents (term counts) in an in-memory inverted index, ranked against a text by Lucene's BM25 formula
 * ({@code idf × tf / (tf + k1 × (1 − b + b × length / average length))}, k1 = 1.2, b = 0.75) with a "more like this"
 * query: the text's most distinctive terms, each boosted by log(1 + its count in the text). Same ranking as a
 * Lucene {@code BooleanQuery} of boosted {@code TermQuery}s (Lucene rounds document lengths to one byte; this keeps
 * them exact), without Lucene's per-query cost: a term query over ten thousand templates needed ~1.2 ms of CPU,
 * mostly setting up term and scorer state, where the postings of 40 terms are summed here in tens of microseconds.
 * Each document carries a {@code long} key (a template id) and a kind (e.g. template text or a past message): the
 * statistics (document frequencies, average length) are those of all documents, and one search ranks each kind on
 * its own, as one Lucene field queried once per kind with a filter would. Removed documents are skipped and purged
 * from the postings once they are a quarter of all. Thread-safe.
 */
public final class Bm25Postings {
    static final float K1 = 1.2f;
    static final float B = 0.75f;
    /** Terms of the text whose document frequency is looked up: the most frequent ones, longer words first among equals. */
    static final int MAX_CANDIDATES = 100;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Postings> index = new HashMap<>();
    private long[] keys = new long[64];
    private byte[] kinds = new byte[64];
    private int[] lengths = new int[64];
    private boolean[] removed = new boolean[64];
    private int documents;
    private int removedCount;
    private long totalLength;

    /** Adds a document of kind 0..127; returns its number (for {@link #remove}). */
    public int add(int kind, long key, Map<String, Integer> termCounts) {
        lock.writeLock().lock();
        try {
            int doc = documents++;
            if (doc == keys.length) {
                keys = Arrays.copyOf(keys, doc * 2);
                kinds = Arrays.copyOf(kinds, doc * 2);
                lengths = Arrays.copyOf(lengths, doc * 2);
                removed = Arrays.copyOf(removed, doc * 2);
            }
            int length = 0;
            for (Map.Entry<String, Integer> term : termCounts.entrySet()) {
                index.computeIfAbsent(term.getKey(), t -> new Postings()).add(doc, term.getValue());
                length += term.getValue();
            }
            keys[doc] = key;
            kinds[doc] = (byte) kind;
            lengths[doc] = length;
            totalLength += length;
            return doc;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(int doc) {
        lock.writeLock().lock();
        try {
            if (doc < 0 || doc >= documents || removed[doc]) {
                return;
            }
            removed[doc] = true;
            removedCount++;
            totalLength -= lengths[doc];
            if (removedCount * 4 > documents) {
                purgeRemoved();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Documents not removed. */
    public int size() {
        lock.readLock().lock();
        try {
            return documents - removedCount;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The best documents of each kind for a text, best first (ties: the older document first).
     *
     * @param textCounts the text's term counts (see {@link TextTokens#termCounts})
     * @param maxTerms   how many of the text's most distinctive terms make the query
     * @param limits     how many documents of kind 0, 1, ... to return
     * @return per kind, its best documents
     */
    public List<List<Hit>> search(Map<String, Integer> textCounts, int maxTerms, int... limits) {
        lock.readLock().lock();
        try {
            int live = documents - removedCount;
            if (live == 0) {
                return Arrays.stream(limits).mapToObj(l -> List.<Hit>of()).toList();
            }
            TouchedSums scores = score(query(textCounts, maxTerms), live);
            try {
                List<List<Hit>> byKind = new ArrayList<>();
                for (int kind = 0; kind < limits.length; kind++) {
                    byKind.add(top(scores, kind, limits[kind]));
                }
                return byKind;
            } finally {
                scores.clear();
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The text's most distinctive terms: count times idf, among its most frequent terms the index knows. */
    private List<QueryTerm> query(Map<String, Integer> textCounts, int maxTerms) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(textCounts.entrySet());
        long[] order = new long[entries.size()];
        for (int i = 0; i < order.length; i++) {
            Map.Entry<String, Integer> e = entries.get(i);
            // count, then length, descending; then the map's order: one primitive sort instead of a comparator over entries
            order[i] = (long) Math.min(e.getValue(), 0x7FFFFF) << 40 | (long) Math.min(e.getKey().length(), 0xFFFFF) << 20
                    | (0xFFFFF - Math.min(i, 0xFFFFF));
        }
        Arrays.sort(order);
        List<QueryTerm> known = new ArrayList<>();
        for (int k = order.length - 1; k >= Math.max(0, order.length - MAX_CANDIDATES); k--) {
            Map.Entry<String, Integer> e = entries.get(0xFFFFF - (int) (order[k] & 0xFFFFF));
            Postings postings = index.get(e.getKey());
            if (postings != null && postings.size > 0) {
                double choice = Math.log1p(e.getValue()) * Math.log(1.0 + documents / (double) postings.size);
                known.add(new QueryTerm(postings, (float) Math.log1p(e.getValue()), choice));
            }
        }
        known.sort(Comparator.comparingDouble(QueryTerm::choiceWeight).reversed());
        return known.size() > maxTerms ? known.subList(0, maxTerms) : known;
    }

    private TouchedSums score(List<QueryTerm> query, int live) {
        TouchedSums scores = TouchedSums.forThread(documents);
        float averageLength = (float) Math.max(1.0, totalLength / (double) live);
        for (QueryTerm term : query) {
            Postings p = term.postings();
            float idf = (float) Math.log(1 + (documents - p.size + 0.5) / (p.size + 0.5));
            float weight = term.boost() * idf;
            for (int i = 0; i < p.size; i++) {
                int doc = p.docs[i];
                if (!removed[doc]) {
                    float tf = p.values[i];
                    scores.add(doc, weight * tf / (tf + K1 * (1 - B + B * lengths[doc] / averageLength)));
                }
            }
        }
        return scores;
    }

    /** The best hits of one kind among the touched documents. */
    private List<Hit> top(TouchedSums scores, int kind, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        int[] best = new int[limit];
        int count = 0;
        for (int i = 0; i < scores.touchedCount(); i++) {
            int doc = scores.touched(i);
            if (kinds[doc] != kind || count == limit && !better(scores, doc, best[count - 1])) {
                continue;
            }
            int at = count == limit ? count - 1 : count++;
            while (at > 0 && better(scores, doc, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = doc;
        }
        List<Hit> hits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            hits.add(new Hit(keys[best[i]], (float) scores.sum(best[i])));
        }
        return hits;
    }

    private static boolean better(TouchedSums scores, int doc, int other) {
        double a = scores.sum(doc);
        double b = scores.sum(other);
        return a > b || a == b && doc < other;
    }

    /** Drops removed documents from every postings list; document numbers stay as they are. */
    private void purgeRemoved() {
        for (Postings postings : index.values()) {
            postings.retain(removed);
        }
        index.values().removeIf(p -> p.size == 0);
    }

    /** A ranked document: its key and BM25 score. */
    public record Hit(long key, float score) {
    }

    private record QueryTerm(Postings postings, float boost, double choiceWeight) {
    }
}
