package org.emailresponder.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.emailresponder.search.internal.MessageFeatures;
import org.emailresponder.search.internal.NaiveBayesModel;
import org.emailresponder.search.internal.NeighbourVotes;

/**
 * Learns categories (e.g. the group a message was routed to) from past decisions and predicts ranked categories
 * for a new message. Features: Lucene-analyzed words of subject (weighted) and body, sender address, domain and
 * name. The confidence averages a multinomial naive Bayes posterior with the votes of the nearest past examples
 * in a Lucene index; the blend measured better than either alone (see docs/BENCHMARKS.md "Routing").
 * Thread-safe; learning one example is cheap, so call {@link #learn} whenever an agent or a rule decides.
 */
public final class CategoryClassifier implements AutoCloseable {
    static final double SUBJECT_WEIGHT = 3.0;
    static final double SENDER_WEIGHT = 4.0;
    static final double SMOOTHING = 0.05;
    static final int NEIGHBOURS = 5;
    /** Weight of the neighbour votes against the naive Bayes posterior. */
    static final double NEIGHBOUR_WEIGHT = 1.0;

    private final MessageFeatures features;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final double smoothing;
    private NaiveBayesModel model;
    private NeighbourVotes neighbours = new NeighbourVotes(NEIGHBOURS);

    public CategoryClassifier() {
        this(SUBJECT_WEIGHT, SENDER_WEIGHT, SMOOTHING);
    }

    CategoryClassifier(double subjectWeight, double senderWeight, double smoothing) {
        this.features = new MessageFeatures(subjectWeight, senderWeight);
        this.smoothing = smoothing;
        this.model = new NaiveBayesModel(smoothing);
    }

    /**
     * What the classifier sees of a message, computed once: a caller that predicts a message and later learns its
     * category saves reading the text twice.
     */
    public static final class Example {
        private final Map<String, Double> counts;
        private final Map<String, Double> features;

        private Example(Map<String, Double> counts) {
            this.counts = counts;
            this.features = MessageFeatures.damped(counts);
        }
    }

    public Example example(MessageText message) {
        return new Example(features.counts(message));
    }

    /** The example of the same message with the sender's display name (when {@link #example} was given none). */
    public Example withSenderName(Example example, String fromName) {
        Map<String, Double> counts = new HashMap<>(example.counts);
        features.addSenderName(counts, fromName);
        return new Example(counts);
    }

    /** Adds one decision: this message belongs to this category. */
    public void learn(MessageText message, String category) {
        learn(example(message), category);
    }

    /** Adds one decision for an example from {@link #example}. */
    public void learn(Example example, String category) {
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("category must not be empty");
        }
        Map<String, Double> x = example.features;
        lock.writeLock().lock();
        try {
            model.learn(x, category);
            neighbours.add(x, category);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Categories ranked by confidence, best first, at most {@code limit}; empty before anything was learned. */
    public List<CategoryScore> predict(MessageText message, int limit) {
        return predict(example(message), limit);
    }

    /** {@link #predict(MessageText, int)} for an example from {@link #example}. */
    public List<CategoryScore> predict(Example example, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Map<String, Double> x = example.features;
        lock.readLock().lock();
        try {
            List<CategoryScore> ranked = blend(model.rank(x), neighbours.votes(x));
            return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Forgets everything learned, e.g. before a rebuild. */
    public void clear() {
        lock.writeLock().lock();
        try {
            model = new NaiveBayesModel(smoothing);
            neighbours.close();
            neighbours = new NeighbourVotes(NEIGHBOURS);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static List<CategoryScore> blend(List<CategoryScore> posterior, Map<String, Double> votes) {
        if (votes.isEmpty()) {
            return posterior;
        }
        Map<String, Double> blended = new HashMap<>();
        for (CategoryScore s : posterior) {
            double vote = votes.getOrDefault(s.category(), 0.0);
            blended.put(s.category(), (s.confidence() + NEIGHBOUR_WEIGHT * vote) / (1 + NEIGHBOUR_WEIGHT));
        }
        List<CategoryScore> ranked = new ArrayList<>();
        blended.forEach((category, confidence) -> ranked.add(new CategoryScore(category, confidence)));
        ranked.sort(Comparator.comparingDouble(CategoryScore::confidence).reversed()
                .thenComparing(CategoryScore::category));
        return ranked;
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            neighbours.close();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int exampleCount() {
        lock.readLock().lock();
        try {
            return model.documents();
        } finally {
            lock.readLock().unlock();
        }
    }

    public Set<String> categories() {
        lock.readLock().lock();
        try {
            return Set.copyOf(model.categories());
        } finally {
            lock.readLock().unlock();
        }
    }
}
