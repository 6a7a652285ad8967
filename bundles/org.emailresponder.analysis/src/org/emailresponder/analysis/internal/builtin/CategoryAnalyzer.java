package org.emailresponder.analysis.internal.builtin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.emailresponder.analysis.AnalysisInput;
import org.emailresponder.analysis.CategoryClassifier;
import org.emailresponder.analysis.CategoryClassifier.Prediction;
import org.emailresponder.analysis.FactKeys;
import org.emailresponder.analysis.spi.AnalysisContext;
import org.emailresponder.analysis.spi.Analyzer;

/** Asks the configured {@link CategoryClassifier} and keeps its best three predictions as {@code category} facts. */
public final class CategoryAnalyzer implements Analyzer {
    private static final int KEEP = 3;

    @Override
    public void analyze(AnalysisContext context) {
        CategoryClassifier classifier = context.service(CategoryClassifier.class).orElse(null);
        if (classifier == null) {
            return;
        }
        AnalysisInput input = context.input();
        Map<String, String> fields = new HashMap<>();
        fields.put(CategoryClassifier.SUBJECT, input.subject());
        fields.put(CategoryClassifier.BODY, input.body());
        fields.put(CategoryClassifier.FROM, input.fromAddress());
        context.fact(FactKeys.LANGUAGE).ifPresent(f -> fields.put(CategoryClassifier.LANGUAGE, f.value()));
        List<Prediction> predictions = classifier.predict(fields);
        predictions.stream().limit(KEEP).forEach(p -> context.add(FactKeys.CATEGORY, p.category(),
                Math.max(0, Math.min(1, p.confidence()))));
    }
}
