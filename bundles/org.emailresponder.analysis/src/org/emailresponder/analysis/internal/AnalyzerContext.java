package org.emailresponder.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.emailresponder.analysis.AnalysisInput;
import org.emailresponder.analysis.Fact;
import org.emailresponder.analysis.spi.AnalysisContext;

/** The context of one analyzer on one message: reads shared facts, collects its own until it ends in time. */
final class AnalyzerContext implements AnalysisContext {
    private final String analyzerId;
    private final AnalysisInput input;
    private final SharedFacts shared;
    private final Services services;
    private final List<Fact> found = new ArrayList<>();

    AnalyzerContext(String analyzerId, AnalysisInput input, SharedFacts shared, Services services) {
        this.analyzerId = analyzerId;
        this.input = input;
        this.shared = shared;
        this.services = services;
    }

    @Override
    public AnalysisInput input() {
        return input;
    }

    @Override
    public List<Fact> facts() {
        return shared.facts();
    }

    @Override
    public Optional<Fact> fact(String key) {
        return shared.best(key);
    }

    @Override
    public void add(String key, String value, double confidence) {
        found.add(new Fact(analyzerId, key, value, confidence, null, null));
    }

    @Override
    public void add(String key, String value, double confidence, int start, int end) {
        if (end > input.text().length()) {
            throw new IllegalArgumentException("offset " + end + " is beyond the text (" + input.text().length() + ")");
        }
        found.add(new Fact(analyzerId, key, value, confidence, start, end));
    }

    @Override
    public <T> Optional<T> service(Class<T> type) {
        return services.get(type);
    }

    @Override
    public String setting(String key, String defaultValue) {
        return services.setting(key, defaultValue);
    }

    List<Fact> found() {
        return found;
    }
}
