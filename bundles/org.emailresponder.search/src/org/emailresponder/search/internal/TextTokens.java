package org.emailresponder.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Analyzers built directly (the name-based analysis SPI does not see other bundles in OSGi) and a helper that turns
 * text into Lucene terms.
 */
public final class TextTokens {
    /** Longest text analyzed per field: enough for any real message, bounded for pathological ones. */
    public static final int MAX_CHARS = 20_000;

    private TextTokens() {
    }

    /** Analyzer for message and template text: English stemming, stop words removed. */
    public static Analyzer textAnalyzer() {
        return new EnglishAnalyzer();
    }

    /** Analyzer for names and addresses: split and lower-cased, no stemming, no stop words. */
    public static Analyzer nameAnalyzer() {
        return new StandardAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET);
    }

    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        forEachTerm(analyzer, text, terms::add);
        return terms;
    }

    /** How often each term occurs in {@code text} (its first {@link #MAX_CHARS} characters). */
    public static Map<String, Integer> termCounts(Analyzer analyzer, String text) {
        Map<String, Integer> counts = new HashMap<>();
        forEachTerm(analyzer, text, t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }

    public static void forEachTerm(Analyzer analyzer, String text, Consumer<String> sink) {
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        try (TokenStream stream = analyzer.tokenStream("f", bounded)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString());
            }
            stream.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
