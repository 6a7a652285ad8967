package org.emailresponder.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.emailresponder.search.internal.Bm25Postings;
import org.emailresponder.search.internal.Bm25Postings.Hit;
import org.junit.jupiter.api.Test;

class Bm25PostingsTest {
    private static final int DOCUMENTS = 400;
    private static final int VOCABULARY = 300;

    /** The in-memory index must rank exactly as the Lucene query it replaces (lengths short enough to be stored exactly). */
    @Test
    void scoresAsLuceneBm25DoesForTheSameBoostedTermQuery() throws IOException {
        Random random = new Random(7);
        List<Map<String, Integer>> docs = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            docs.add(counts(words(random, 3 + random.nextInt(14))));
        }
        Bm25Postings postings = new Bm25Postings();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer(CharArraySet.EMPTY_SET)))) {
                for (int i = 0; i < docs.size(); i++) {
                    postings.add(0, 1000 + i, docs.get(i));
                    Document doc = new Document();
                    doc.add(new StoredField("key", 1000 + i));
                    doc.add(new TextField("text", text(docs.get(i)), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int q = 0; q < 30; q++) {
                    Map<String, Integer> query = counts(words(random, 4 + random.nextInt(10)));
                    List<Hit> ours = postings.search(query, 40, 10).get(0);
                    ScoreDoc[] lucene = searcher.search(luceneQuery(query), 10).scoreDocs;
                    assertEquals(lucene.length, ours.size(), "hits for " + query);
                    for (int rank = 0; rank < lucene.length; rank++) {
                        assertEquals(lucene[rank].score, ours.get(rank).score(), lucene[rank].score * 1e-4,
                                "score at rank " + rank + " for " + query);
                    }
                    long luceneFirst = searcher.storedFields().document(lucene[0].doc).getField("key").numericValue().longValue();
                    if (lucene.length < 2 || lucene[0].score - lucene[1].score > 1e-3) {
                        assertEquals(luceneFirst, ours.get(0).key(), "best document for " + query);
                    }
                }
            }
        }
    }

    @Test
    void removedDocumentsAreNeverFoundAndTheRestStayFindable() {
        Bm25Postings postings = new Bm25Postings();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            numbers.add(postings.add(i % 2, i, Map.of("parcel", 1, "word" + i, 2)));
        }
        for (int i = 0; i < 4; i++) {
            postings.remove(numbers.get(i)); // the fourth removal purges the postings lists
        }
        postings.remove(numbers.get(0));

        assertEquals(6, postings.size());
        List<List<Hit>> found = postings.search(Map.of("parcel", 1), 40, 20, 20);
        assertEquals(List.of(4L, 6L, 8L), keys(found.get(0)), "kind 0; ties: the older document first");
        assertEquals(List.of(5L, 7L, 9L), keys(found.get(1)));
        assertTrue(postings.search(Map.of("word2", 1), 40, 5, 5).stream().allMatch(List::isEmpty));
        assertEquals(List.of(7L), keys(postings.search(Map.of("word7", 1, "unknown", 3), 40, 5, 5).get(1)));
        assertEquals(2, postings.search(Map.of("parcel", 1), 40, 2).get(0).size(), "at most the limit");
    }

    private static List<Long> keys(List<Hit> hits) {
        return hits.stream().map(Hit::key).toList();
    }

    private static List<String> words(Random random, int n) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Zipf-like: a few common words, a long tail of rare ones
            words.add("w" + (int) Math.floor(Math.pow(random.nextDouble(), 2.5) * VOCABULARY));
        }
        return words;
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }

    private static String text(Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((word, n) -> text.append((word + " ").repeat(n)));
        return text.toString();
    }

    private static BooleanQuery luceneQuery(Map<String, Integer> counts) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        counts.forEach((word, n) -> query.add(new BoostQuery(new TermQuery(new Term("text", word)), (float) Math.log1p(n)), Occur.SHOULD));
        return query.build();
    }
}
