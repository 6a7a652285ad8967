package org.emailresponder.search.internal;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * "More like this" for a piece of text: its most distinctive terms (term frequency times inverse document
 * frequency in the index) as SHOULD clauses, so long messages still make small fast queries. The term statistics
 * looked up to choose the terms go into the query, so running it does not look every term up again.
 */
public final class SimilarityQuery {
    /** The opening of a message says what it is about; the rest is mostly quotes and signatures. */
    static final int MAX_CHARS = 4_000;
    /** Terms whose document frequency is looked up: the most frequent ones, longer words first among equals. */
    static final int MAX_CANDIDATES = 100;
    private SimilarityQuery() {
    }

    /** Null when the text has no term known to the index. Run the query on the reader of {@code terms} only. */
    public static Query of(Analyzer analyzer, String field, String text, SearcherTerms terms, int maxTerms)
            throws IOException {
        Map<String, Integer> frequencies = new HashMap<>();
        String head = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        TextTokens.forEachTerm(analyzer, head, t -> frequencies.merge(t, 1, Integer::sum));
        int documents = Math.max(1, terms.reader().numDocs());
        Map<String, Double> weights = new HashMap<>();
        Map<String, TermStates> statistics = new HashMap<>();
        List<Map.Entry<String, Integer>> candidates = frequencies.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> -e.getKey().length()))
                .limit(MAX_CANDIDATES).toList();
        for (Map.Entry<String, Integer> e : candidates) {
            TermStates termStates = terms.of(new Term(field, e.getKey()));
            int df = termStates.docFreq();
            if (df > 0) {
                weights.put(e.getKey(), Math.log1p(e.getValue()) * Math.log(1.0 + documents / (double) df));
                statistics.put(e.getKey(), termStates);
            }
        }
        if (weights.isEmpty()) {
            return null;
        }
        List<Map.Entry<String, Double>> best = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())).limit(maxTerms).toList();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Double> e : best) {
            float boost = (float) Math.log1p(frequencies.get(e.getKey()));
            TermQuery term = new TermQuery(new Term(field, e.getKey()), statistics.get(e.getKey()));
            query.add(new BoostQuery(term, boost), Occur.SHOULD);
        }
        return query.build();
    }
}
