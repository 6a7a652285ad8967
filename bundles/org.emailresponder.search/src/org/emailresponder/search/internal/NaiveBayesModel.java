package org.emailresponder.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.emailresponder.search.CategoryScore;

/**
 * Multinomial naive Bayes over weighted features with additive smoothing. Learning one example only adds counts,
 * so the model grows incrementally. Not thread-safe: the caller guards it.
 * <p>
 * Per feature it keeps the weight sum of every class and its smoothed logarithm, updated when learning: ranking then
 * costs one map lookup per feature instead of one lookup and one logarithm per feature and class.
 */
public final class NaiveBayesModel {
    private final double smoothing;
    private final double logSmoothing;
    private final Map<String, ClassStats> classes = new HashMap<>();
    private final Map<String, FeatureCounts> vocabulary = new HashMap<>();
    private int documents;

    public NaiveBayesModel(double smoothing) {
        this.smoothing = smoothing;
        this.logSmoothing = Math.log(smoothing);
    }

    public void learn(Map<String, Double> features, String category) {
        ClassStats stats = classes.computeIfAbsent(category, c -> new ClassStats(classes.size()));
        stats.documents++;
        documents++;
        features.forEach((feature, weight) -> {
            vocabulary.computeIfAbsent(feature, f -> new FeatureCounts()).add(stats.index, weight, smoothing);
            stats.total += weight;
        });
    }

    public int documents() {
        return documents;
    }

    public Set<String> categories() {
        return classes.keySet();
    }

    /** All categories ranked by posterior probability, best first. */
    public List<CategoryScore> rank(Map<String, Double> features) {
        if (classes.isEmpty()) {
            return List.of();
        }
        double[] values = new double[features.size()];
        FeatureCounts[] counts = new FeatureCounts[features.size()];
        int i = 0;
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            values[i] = feature.getValue();
            counts[i++] = vocabulary.get(feature.getKey());
        }
        Map<String, Double> logScores = new HashMap<>();
        double vocabularySize = vocabulary.size() + 1.0;
        classes.forEach((category, stats) -> logScores.put(category, logScore(stats, values, counts, vocabularySize)));
        return normalize(logScores);
    }

    private double logScore(ClassStats stats, double[] values, FeatureCounts[] counts, double vocabularySize) {
        double denominator = Math.log(stats.total + smoothing * vocabularySize);
        double score = Math.log((stats.documents + 1.0) / (documents + classes.size()));
        for (int i = 0; i < values.length; i++) {
            double logCount = counts[i] == null ? logSmoothing : counts[i].logCount(stats.index, logSmoothing);
            score += values[i] * (logCount - denominator);
        }
        return score;
    }

    private static List<CategoryScore> normalize(Map<String, Double> logScores) {
        double max = logScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double sum = logScores.values().stream().mapToDouble(s -> Math.exp(s - max)).sum();
        List<CategoryScore> ranked = new ArrayList<>(logScores.size());
        logScores.forEach((category, s) -> ranked.add(new CategoryScore(category, Math.exp(s - max) / sum)));
        ranked.sort(Comparator.comparingDouble(CategoryScore::confidence).reversed()
                .thenComparing(CategoryScore::category));
        return ranked;
    }

    private static final class ClassStats {
        final int index;
        double total;
        int documents;

        ClassStats(int index) {
            this.index = index;
        }
    }

    /** Weight sums of one feature per class index, and log(sum + smoothing) of each. */
    private static final class FeatureCounts {
        double[] sums = new double[0];
        double[] logs = new double[0];

        void add(int category, double weight, double smoothing) {
            if (category >= sums.length) {
                sums = Arrays.copyOf(sums, category + 1);
                logs = Arrays.copyOf(logs, category + 1);
            }
            sums[category] += weight;
            logs[category] = Math.log(sums[category] + smoothing);
        }

        /** For a class that never saw the feature: log(0 + smoothing). */
        double logCount(int category, double logSmoothing) {
            return category < sums.length && sums[category] != 0 ? logs[category] : logSmoothing;
        }
    }
}
