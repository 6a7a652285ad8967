package org.emailresponder.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.emailresponder.analysis.AnalysisResult.Skipped;
import org.emailresponder.analysis.Fact;

/**
 * The facts of one message so far. Guarded by its own lock: an abandoned (timed-out) analyzer thread may still read
 * while the next analyzers add.
 */
final class SharedFacts {
    private final List<Fact> facts = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();

    synchronized void addAll(List<Fact> more) {
        facts.addAll(more);
    }

    synchronized void skip(String analyzerId, String reason) {
        skipped.add(new Skipped(analyzerId, reason));
    }

    synchronized List<Fact> facts() {
        return List.copyOf(facts);
    }

    synchronized List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    synchronized Optional<Fact> best(String key) {
        Fact best = null;
        for (Fact fact : facts) {
            if (fact.key().equals(key) && (best == null || fact.confidence() > best.confidence())) {
                best = fact;
            }
        }
        return Optional.ofNullable(best);
    }
}
