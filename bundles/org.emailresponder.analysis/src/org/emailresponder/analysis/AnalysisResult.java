package org.emailresponder.analysis;

import java.util.List;
import java.util.Optional;

/**
 * All facts found in one message, in the order the analyzers ran, plus the analyzers that failed or ran out of time.
 *
 * @param elapsedNanos wall time of the whole pipeline for this message
 */
public record AnalysisResult(long messageId, List<Fact> facts, List<Skipped> skipped, long elapsedNanos) {

    public AnalysisResult {
        facts = List.copyOf(facts);
        skipped = List.copyOf(skipped);
    }

    /** The most confident fact with this key. */
    public Optional<Fact> best(String key) {
        Fact best = null;
        for (Fact fact : facts) {
            if (fact.key().equals(key) && (best == null || fact.confidence() > best.confidence())) {
                best = fact;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every fact with this key, in the order found. */
    public List<Fact> all(String key) {
        return facts.stream().filter(f -> f.key().equals(key)).toList();
    }

    /** The value of the most confident fact with this key, or null. */
    public String value(String key) {
        return best(key).map(Fact::value).orElse(null);
    }

    public String language() {
        return value(FactKeys.LANGUAGE);
    }

    public String category() {
        return value(FactKeys.CATEGORY);
    }

    public Optional<Long> contactId() {
        return best(FactKeys.CONTACT_ID).map(f -> Long.valueOf(f.value()));
    }

    /** An analyzer that contributed nothing to this message, and why (exception text or "timed out after N ms"). */
    public record Skipped(String analyzerId, String reason) {
    }
}
