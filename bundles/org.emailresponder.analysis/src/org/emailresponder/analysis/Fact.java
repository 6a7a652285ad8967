package org.emailresponder.analysis;

/**
 * One thing an analyzer found in a message, e.g. {@code language = de (0.97)} or {@code product = X-200 at 17..22}.
 *
 * @param analyzer   id of the analyzer that found it
 * @param key        what kind of fact (see {@link FactKeys} for the built-in keys)
 * @param value      the value, at most 1000 characters (longer values are cut)
 * @param confidence how sure the analyzer is, 0..1
 * @param start      first character in {@link AnalysisInput#text()}, or null when the fact has no place in the text
 * @param end        one past the last character in {@link AnalysisInput#text()}, or null
 */
public record Fact(String analyzer, String key, String value, double confidence, Integer start, Integer end) {
    public static final int MAX_VALUE_LENGTH = 1000;

    public Fact {
        if (analyzer == null || analyzer.isBlank() || key == null || key.isBlank()) {
            throw new IllegalArgumentException("a fact needs an analyzer id and a key");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence + " for " + key);
        }
        if ((start == null) != (end == null) || start != null && (start < 0 || end < start)) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for " + key);
        }
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            value = value.substring(0, MAX_VALUE_LENGTH);
        }
    }

    /** Whether this fact points at a span of the analyzed text. */
    public boolean hasSpan() {
        return start != null;
    }
}
