package org.emailresponder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.emailresponder.search.internal.HeapDirectories;
import org.emailresponder.search.internal.SearcherTerms;
import org.emailresponder.search.internal.SimilarityQuery;
import org.emailresponder.search.internal.TextTokens;

/**
 * Ranks templates for a message: BM25 similarity of the message to each template's subject and body, plus
 * evidence from similar past messages that agents answered with the template ({@link #recordChoice}), plus rule
 * hints. Only templates usable for the message's language and group are suggested. In memory; fill it with
 * {@link #putTemplate} and {@link #recordChoice} or {@link StoreSuggestions#load}. Thread-safe.
 */
public final class TemplateSuggester implements AutoCloseable {
    /** Weight of the history evidence against a perfect text match (1.0). */
    public static final double HISTORY_WEIGHT = 1.5;
    static final int QUERY_TERMS = 40;
    static final int HISTORY_NEIGHBOURS = 30;
    private static final String KIND = "kind";
    private static final String TEXT = "text";
    private static final String TEMPLATE = "template";
    private static final String TEMPLATE_DOC = "templateDoc";

    private final Analyzer analyzer = TextTokens.textAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Long, TemplateEntry> templates = new ConcurrentHashMap<>();
    private volatile SearcherTerms terms;

    /** A suggester held in memory. */
    public TemplateSuggester() {
        this(HeapDirectories.create());
    }

    /**
     * A suggester whose index lives in {@code folder} (memory-mapped: faster with many templates and choices). The
     * folder's previous content is discarded; fill it with {@link StoreSuggestions#load}.
     */
    public TemplateSuggester(Path folder) {
        this(openFolder(folder));
    }

    private static Directory openFolder(Path folder) {
        try {
            return FSDirectory.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + folder, e);
        }
    }

    private TemplateSuggester(Directory directory) {
        this.directory = directory;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(OpenMode.CREATE));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a template or replaces its earlier version (keeps its recorded choices). */
    public void putTemplate(TemplateEntry template) {
        Document doc = new Document();
        doc.add(new StringField(KIND, "template", Field.Store.NO));
        doc.add(new NumericDocValuesField(TEMPLATE, template.id()));
        doc.add(new StringField(TEMPLATE_DOC, Long.toString(template.id()), Field.Store.NO));
        doc.add(new TextField(TEXT, template.name() + "\n" + template.subject() + "\n" + template.body(),
                Field.Store.NO));
        write(() -> writer.updateDocument(templateTerm(template.id()), doc));
        templates.put(template.id(), template);
    }

    public void removeTemplate(long templateId) {
        templates.remove(templateId);
        write(() -> writer.deleteDocuments(templateTerm(templateId)));
    }

    /** Remembers that an agent answered this message with this template; later similar messages rank it higher. */
    public void recordChoice(MessageText message, long templateId) {
        Document doc = new Document();
        doc.add(new StringField(KIND, "choice", Field.Store.NO));
        doc.add(new NumericDocValuesField(TEMPLATE, templateId));
        doc.add(new TextField(TEXT, message.fullText(), Field.Store.NO));
        write(() -> writer.addDocument(doc));
    }

    /** Convenience for callers holding only the text (subject and body) of the answered message. */
    public void recordChoice(String messageText, long templateId) {
        recordChoice(MessageText.of("", messageText), templateId);
    }

    public List<Suggestion> suggest(MessageText message, String language, Long groupId, int limit) {
        return suggest(message, language, groupId, Map.of(), limit);
    }

    /**
     * The best {@code limit} templates for the message, best first.
     *
     * @param language  the message language, null if unknown (then any language)
     * @param groupId   the message's group, null if unrouted (then any group)
     * @param ruleHints template id to boost (e.g. 0.5) proposed by rules; added to the score
     */
    public List<Suggestion> suggest(MessageText message, String language, Long groupId, Map<Long, Double> ruleHints,
            int limit) {
        if (limit <= 0) {
            return List.of();
        }
        try {
            // blocking: a thread must not search the old reader while another one is opening the new (it would miss
            // templates and choices added just before, or all templates right after loading)
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return rank(searcher, message, language, groupId, ruleHints, limit);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Suggestion> rank(IndexSearcher searcher, MessageText message, String language, Long groupId,
            Map<Long, Double> hints, int limit) throws IOException {
        Query like = SimilarityQuery.of(analyzer, TEXT, message.fullText(), termsOf(searcher), QUERY_TERMS);
        Map<Long, Double> text = like == null ? Map.of() : scores(searcher, kind(like, "template"), limit * 5 + 20);
        Map<Long, List<Double>> history = like == null ? Map.of()
                : neighbours(searcher, kind(like, "choice"), HISTORY_NEIGHBOURS);
        double scale = Math.max(max(text), history.values().stream().flatMap(List::stream)
                .mapToDouble(Double::doubleValue).max().orElse(0));
        Map<Long, Suggestion> ranked = new HashMap<>();
        List<Long> candidates = new ArrayList<>(text.keySet());
        candidates.addAll(history.keySet());
        candidates.addAll(hints.keySet());
        for (Long id : candidates) {
            TemplateEntry template = templates.get(id);
            if (template == null || ranked.containsKey(id) || !template.usableFor(language, groupId)) {
                continue;
            }
            double t = scale == 0 ? 0 : text.getOrDefault(id, 0.0) / scale;
            double sum = history.getOrDefault(id, List.of()).stream().mapToDouble(Double::doubleValue).sum();
            double h = scale == 0 ? 0 : HISTORY_WEIGHT * (1 - Math.exp(-sum / scale));
            double hint = hints.getOrDefault(id, 0.0);
            ranked.put(id, new Suggestion(id, template.name(), t + h + hint, t, h, hint));
        }
        return ranked.values().stream().sorted(Comparator.comparingDouble(Suggestion::score).reversed()
                .thenComparingLong(Suggestion::templateId)).limit(limit).toList();
    }

    private SearcherTerms termsOf(IndexSearcher searcher) {
        SearcherTerms current = terms;
        if (current == null || !current.isFor(searcher)) {
            current = new SearcherTerms(searcher);
            terms = current;
        }
        return current;
    }

    private static Query kind(Query like, String kind) {
        return new BooleanQuery.Builder().add(like, Occur.MUST).add(new TermQuery(new Term(KIND, kind)), Occur.FILTER)
                .build();
    }

    private static Map<Long, Double> scores(IndexSearcher searcher, Query query, int n) throws IOException {
        Map<Long, Double> result = new HashMap<>();
        neighbours(searcher, query, n).forEach((id, s) -> result.put(id, s.get(0)));
        return result;
    }

    /** Template id to the scores of the matching documents, in rank order. */
    private static Map<Long, List<Double>> neighbours(IndexSearcher searcher, Query query, int n) throws IOException {
        Map<Long, List<Double>> result = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            NumericDocValues ids = DocValues.getNumeric(leaf.reader(), TEMPLATE);
            if (ids.advanceExact(hit.doc - leaf.docBase)) {
                result.computeIfAbsent(ids.longValue(), k -> new ArrayList<>()).add((double) hit.score);
            }
        }
        return result;
    }

    private static double max(Map<Long, Double> scores) {
        return scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    public int templateCount() {
        return templates.size();
    }

    private static Term templateTerm(long id) {
        return new Term(TEMPLATE_DOC, Long.toString(id));
    }

    private void write(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
