package org.emailresponder.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.emailresponder.search.internal.MessageFeatures;
import org.emailresponder.search.internal.NaiveBayesModel;

/**
 * Learns categories (e.g. the group a message was routed to) from past decisions and predicts ranked categories
 * for a new message. Multinomial naive Bayes over Lucene-analyzed words of subject (weighted) and body plus sender
 * address, domain and name; chosen over BM25 kNN by measured accuracy (see docs/BENCHMARKS.md "Routing").
 * Thread-safe; learning one example is cheap, so call {@link #learn} whenever an agent or a rule decides.
 */
public final class CategoryClassifier {
    static final double SUBJECT_WEIGHT = 3.0;
    static final double SENDER_WEIGHT = 4.0;
    static final double SMOOTHING = 0.05;

    private final MessageFeatures features;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final double smoothing;
    private NaiveBayesModel model;

    public CategoryClassifier() {
        this(SUBJECT_WEIGHT, SENDER_WEIGHT, SMOOTHING);
    }

    CategoryClassifier(double subjectWeight, double senderWeight, double smoothing) {
        this.features = new MessageFeatures(subjectWeight, senderWeight);
        this.smoothing = smoothing;
        this.model = new NaiveBayesModel(smoothing);
    }

    /** Adds one decision: this message belongs to this category. */
    public void learn(MessageText message, String category) {
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("category must not be empty");
        }
        Map<String, Double> x = features.of(message);
        lock.writeLock().lock();
        try {
            model.learn(x, category);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Categories ranked by confidence, best first, at most {@code limit}; empty before anything was learned. */
    public List<CategoryScore> predict(MessageText message, int limit) {
        Map<String, Double> x = features.of(message);
        lock.readLock().lock();
        try {
            List<CategoryScore> ranked = model.rank(x);
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
