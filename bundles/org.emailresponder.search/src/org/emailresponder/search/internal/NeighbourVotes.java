package org.emailresponder.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * k nearest past examples in a Lucene index: each example's features are stored as {@link FeatureField}s with
 * length-normalized weights; a query is the sum of its most distinctive features (weight times idf). The
 * neighbours' labels vote with their share of the similarity. Complements naive Bayes on messages that closely
 * resemble a few earlier ones. Thread-safe.
 */
public final class NeighbourVotes implements AutoCloseable {
    private static final String FIELD = "f";
    private static final String LABEL = "label";
    static final int QUERY_FEATURES = 40;

    private final int neighbours;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public NeighbourVotes(int neighbours) {
        this.neighbours = neighbours;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig());
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(Map<String, Double> features, String label) {
        double norm = Math.sqrt(features.values().stream().mapToDouble(v -> v * v).sum());
        if (norm == 0) {
            return;
        }
        Document doc = new Document();
        features.forEach((name, value) -> doc.add(new FeatureField(FIELD, name, (float) Math.max(1e-4, value / norm))));
        doc.add(new StoredField(LABEL, label));
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Label to vote share (summing to 1), empty when no neighbour shares a feature. */
    public Map<String, Double> votes(Map<String, Double> features) {
        try {
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                return votes(searcher, features);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Double> votes(IndexSearcher searcher, Map<String, Double> features) throws IOException {
        int documents = searcher.getIndexReader().numDocs();
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, Double> f : features.entrySet()) {
            int df = searcher.getIndexReader().docFreq(new Term(FIELD, f.getKey()));
            if (df > 0) {
                weights.put(f.getKey(), f.getValue() * Math.log((documents + 1.0) / df));
            }
        }
        List<Map.Entry<String, Double>> best = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())).limit(QUERY_FEATURES)
                .toList();
        if (best.isEmpty()) {
            return Map.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Double> f : best) {
            query.add(FeatureField.newLinearQuery(FIELD, f.getKey(), (float) f.getValue().doubleValue()), Occur.SHOULD);
        }
        ScoreDoc[] hits = searcher.search(query.build(), neighbours).scoreDocs;
        double total = 0;
        for (ScoreDoc hit : hits) {
            total += hit.score;
        }
        Map<String, Double> votes = new HashMap<>();
        var stored = searcher.storedFields();
        for (ScoreDoc hit : hits) {
            votes.merge(stored.document(hit.doc).get(LABEL), hit.score / total, Double::sum);
        }
        return votes;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
