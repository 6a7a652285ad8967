package org.emailresponder.analysis.spi;

import java.util.List;
import java.util.Optional;

import org.emailresponder.analysis.AnalysisInput;
import org.emailresponder.analysis.Fact;

/** What one analyzer sees while it analyzes one message. */
public interface AnalysisContext {

    AnalysisInput input();

    /** Facts of the analyzers that ran before this one (in their order). */
    List<Fact> facts();

    /** The most confident earlier fact with this key. */
    Optional<Fact> fact(String key);

    /** Adds a fact without a place in the text. */
    void add(String key, String value, double confidence);

    /** Adds a fact found at {@code input().text().substring(start, end)}. */
    void add(String key, String value, double confidence, int start, int end);

    /**
     * A service the host application configured (e.g. {@code ContactLookup}, {@code CategoryClassifier}), or empty
     * when it has none; analyzers that need one and find none simply add nothing.
     */
    <T> Optional<T> service(Class<T> type);

    /** A setting (see MessageAnalysis settings), or the default. */
    String setting(String key, String defaultValue);
}
