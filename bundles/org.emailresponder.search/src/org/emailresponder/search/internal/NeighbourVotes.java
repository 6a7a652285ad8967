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
 * k nearest past examples: each example's features are kept with length-normalized weights in an in-memory inverted
 * index (feature to examples); a query is the sum of its most distinctive features (weight times idf), an example's
 * similarity the dot product with its weights. The neighbours' labels vote with their share of the similarity.
 * Complements naive Bayes on messages that closely resemble a few earlier ones. Thread-safe.
 * <p>
 * This is the scoring of a Lucene {@code FeatureField} linear query (weights kept with the same 9 significant bits,
 * ties to the older example), without Lucene: a few thousand examples are scored from the postings of 40 features
 * in tens of microseconds, where the index needed a term lookup per feature and segment (profiled at ~1 ms).
 */
public final class NeighbourVotes implements AutoCloseable {
    static final int QUERY_FEATURES = 40;

    private final int neighbours;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Postings> index = new HashMap<>();
    private final List<String> labelNames = new ArrayList<>();
    private final Map<String, Integer> labelIds = new HashMap<>();
    private int[] labels = new int[64];
    private int documents;

    public NeighbourVotes(int neighbours) {
        this.neighbours = neighbours;
    }

    public void add(Map<String, Double> features, String label) {
        double norm = Math.sqrt(features.values().stream().mapToDouble(v -> v * v).sum());
        if (norm == 0) {
            return;
        }
        lock.writeLock().lock();
        try {
            int doc = documents++;
            features.forEach((name, value) -> index.computeIfAbsent(name, n -> new Postings())
                    .add(doc, stored((float) Math.max(1e-4, value / norm))));
            if (doc == labels.length) {
                labels = Arrays.copyOf(labels, doc * 2);
            }
            labels[doc] = labelIds.computeIfAbsent(label, l -> {
                labelNames.add(l);
                return labelNames.size() - 1;
            });
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Label to vote share (summing to 1), empty when no neighbour shares a feature. */
    public Map<String, Double> votes(Map<String, Double> features) {
        lock.readLock().lock();
        try {
            List<Map.Entry<String, Double>> best = distinctive(features);
            if (best.isEmpty()) {
                return Map.of();
            }
            return vote(nearest(best));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The query: the features with the highest weight times idf among those some example has. */
    private List<Map.Entry<String, Double>> distinctive(Map<String, Double> features) {
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, Double> f : features.entrySet()) {
            Postings postings = index.get(f.getKey());
            if (postings != null) {
                weights.put(f.getKey(), f.getValue() * Math.log((documents + 1.0) / postings.size));
            }
        }
        return weights.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(QUERY_FEATURES).toList();
    }

    private Hit[] nearest(List<Map.Entry<String, Double>> query) {
        TouchedSums sums = TouchedSums.forThread(documents);
        try {
            for (Map.Entry<String, Double> f : query) {
                float weight = (float) f.getValue().doubleValue();
                Postings postings = index.get(f.getKey());
                for (int i = 0; i < postings.size; i++) {
                    sums.add(postings.docs[i], weight * postings.values[i]);
                }
            }
            Hit[] top = new Hit[neighbours];
            int count = 0;
            for (int i = 0; i < sums.touchedCount(); i++) {
                int doc = sums.touched(i);
                float score = (float) sums.sum(doc);
                if (score > 0 && (count < top.length || score > top[count - 1].score)) {
                    count = insert(top, count, new Hit(doc, score));
                }
            }
            return Arrays.copyOf(top, count);
        } finally {
            sums.clear();
        }
    }

    /** Keeps the best hits in {@code top}, best first; an older example wins a tie. */
    private static int insert(Hit[] top, int count, Hit hit) {
        if (count == top.length && !hit.beats(top[count - 1])) {
            return count;
        }
        int at = count == top.length ? count - 1 : count;
        while (at > 0 && hit.beats(top[at - 1])) {
            top[at] = top[at - 1];
            at--;
        }
        top[at] = hit;
        return Math.min(top.length, count + 1);
    }

    private Map<String, Double> vote(Hit[] hits) {
        double total = 0;
        for (Hit hit : hits) {
            total += hit.score;
        }
        Map<String, Double> votes = new HashMap<>();
        for (Hit hit : hits) {
            votes.merge(labelNames.get(labels[hit.doc]), hit.score / total, Double::sum);
        }
        return votes;
    }

    /** A weight as a Lucene FeatureField keeps it: the float's upper 17 bits (sign, exponent, 8 bits of mantissa). */
    static float stored(float weight) {
        return Float.intBitsToFloat((Float.floatToIntBits(weight) >>> 15) << 15);
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            index.clear();
            documents = 0;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private record Hit(int doc, float score) {
        boolean beats(Hit other) {
            return score > other.score || score == other.score && doc < other.doc;
        }
    }
}
