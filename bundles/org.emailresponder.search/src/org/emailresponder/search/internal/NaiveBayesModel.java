package org.emailresponder.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.emailresponder.search.CategoryScore;

/**
 * Multinomial naive Bayes over weighted features with additive smoothing. Learning one example only adds counts,
 * so the model grows incrementally. Not thread-safe: the caller guards it.
 */
public final class NaiveBayesModel {
    private final double smoothing;
    private final Map<String, ClassStats> classes = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();
    private int documents;

    public NaiveBayesModel(double smoothing) {
        this.smoothing = smoothing;
    }

    public void learn(Map<String, Double> features, String category) {
        ClassStats stats = classes.computeIfAbsent(category, c -> new ClassStats());
        stats.documents++;
        documents++;
        features.forEach((feature, weight) -> {
            stats.weights.merge(feature, weight, Double::sum);
            stats.total += weight;
            vocabulary.add(feature);
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
        Map<String, Double> logScores = new HashMap<>();
        double vocabularySize = vocabulary.size() + 1.0;
        classes.forEach((category, stats) -> logScores.put(category, logScore(stats, features, vocabularySize)));
        return normalize(logScores);
    }

    private double logScore(ClassStats stats, Map<String, Double> features, double vocabularySize) {
        double denominator = Math.log(stats.total + smoothing * vocabularySize);
        double score = Math.log((stats.documents + 1.0) / (documents + classes.size()));
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            double count = stats.weights.getOrDefault(feature.getKey(), 0.0);
            score += feature.getValue() * (Math.log(count + smoothing) - denominator);
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
        final Map<String, Double> weights = new HashMap<>();
        double total;
        int documents;
    }
}
