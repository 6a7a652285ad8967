package org.emailresponder.search.internal;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.emailresponder.search.MessageText;

/**
 * Turns a message into weighted features for the classifier: stemmed words of subject (counted more) and body,
 * the sender address, its domain and parent domain, and the words of the sender name. Term counts are damped
 * with log(1 + n) so a long message does not outvote a short one by repetition.
 */
public final class MessageFeatures {
    private final Analyzer text = TextTokens.textAnalyzer();
    private final Analyzer names = TextTokens.nameAnalyzer();
    private final double subjectWeight;
    private final double senderWeight;

    public MessageFeatures(double subjectWeight, double senderWeight) {
        this.subjectWeight = subjectWeight;
        this.senderWeight = senderWeight;
    }

    public Map<String, Double> of(MessageText message) {
        return damped(counts(message));
    }

    /** The weighted counts before damping. */
    public Map<String, Double> counts(MessageText message) {
        Map<String, Double> counts = new HashMap<>();
        TextTokens.forEachTerm(text, message.body(), t -> counts.merge(t, 1.0, Double::sum));
        TextTokens.forEachTerm(text, message.subject(), t -> counts.merge(t, subjectWeight, Double::sum));
        addSenderName(counts, message.fromName());
        if (!message.fromAddress().isEmpty()) {
            counts.merge("a:" + message.fromAddress(), senderWeight, Double::sum);
        }
        addDomains(message.fromDomain(), counts);
        return counts;
    }

    /** Adds the words of the sender's display name to counts from {@link #counts}. */
    public void addSenderName(Map<String, Double> counts, String fromName) {
        TextTokens.forEachTerm(names, fromName == null ? "" : fromName, t -> counts.merge("n:" + t, senderWeight, Double::sum));
    }

    /** Counts damped with log(1 + n), as the classifier uses them. */
    public static Map<String, Double> damped(Map<String, Double> counts) {
        Map<String, Double> features = new HashMap<>(counts);
        features.replaceAll((feature, count) -> Math.log1p(count));
        return features;
    }

    private void addDomains(String domain, Map<String, Double> counts) {
        String current = domain;
        while (current.indexOf('.') > 0) {
            counts.merge("d:" + current, senderWeight, Double::sum);
            current = current.substring(current.indexOf('.') + 1);
        }
    }
}
