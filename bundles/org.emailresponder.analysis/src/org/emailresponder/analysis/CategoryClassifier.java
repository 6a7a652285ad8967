package org.emailresponder.analysis;

import java.util.List;
import java.util.Map;

/**
 * Predicts the category of a message from its text fields. The analysis bundle has a keyword fallback; a better
 * classifier (e.g. Lucene-based, from the search bundle) is plugged in with {@link MessageAnalysis#setCategoryClassifier}
 * or registered as an OSGi service under this interface.
 */
public interface CategoryClassifier {
    /** Field names of the map given to {@link #predict}. */
    String SUBJECT = "subject";
    String BODY = "body";
    String FROM = "from";
    String LANGUAGE = "language";

    /**
     * Ranked predictions, best first; empty when the classifier has no idea. Must be thread-safe and fast (called
     * once per incoming message, under the analyzer time budget).
     */
    List<Prediction> predict(Map<String, String> fields);

    /** A category and how sure the classifier is (0..1). */
    record Prediction(String category, double confidence) {
    }
}
