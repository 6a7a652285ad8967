package org.emailresponder.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.emailresponder.search.internal.Bm25Postings;
import org.emailresponder.search.internal.Bm25Postings.Hit;
import org.emailresponder.search.internal.TextTokens;

/**
 * Ranks templates for a message: BM25 similarity of the message to each template's subject and body, plus
 * evidence from similar past messages that agents answered with the template ({@link #recordChoice}), plus rule
 * hints. Only templates usable for the message's language and group are suggested. Text goes through Lucene's
 * English analyzer; templates and choices are held in memory ({@link Bm25Postings}). Fill it with
 * {@link #putTemplate} and {@link #recordChoice} or {@link StoreSuggestions#load}. Thread-safe.
 */
public final class TemplateSuggester implements AutoCloseable {
    /** Weight of the history evidence against a perfect text match (1.0). */
    public static final double HISTORY_WEIGHT = 1.5;
    /** Past choices kept; the oldest are forgotten first (agents' habits and the templates change). */
    public static final int MAX_CHOICES = 50_000;
    static final int QUERY_TERMS = 40;
    /** The opening of a message says what it is about; the rest is mostly quotes and signatures. */
    static final int QUERY_CHARS = 4_000;
    static final int HISTORY_NEIGHBOURS = 30;

    private final Analyzer analyzer = TextTokens.textAnalyzer();
    private static final int TEMPLATE = 0;
    private static final int CHOICE = 1;

    /** Template texts and the messages of past choices, with common statistics (as when both were one Lucene field). */
    private final Bm25Postings texts = new Bm25Postings();
    private final Map<Long, TemplateEntry> templates = new ConcurrentHashMap<>();
    private final Map<Long, Integer> templateDocs = new HashMap<>();
    private final ArrayDeque<Integer> choiceDocs = new ArrayDeque<>();

    /** Adds a template or replaces its earlier version (keeps its recorded choices). */
    public void putTemplate(TemplateEntry template) {
        Map<String, Integer> counts = TextTokens.termCounts(analyzer, template.name() + "\n" + template.subject() + "\n" + template.body());
        synchronized (templateDocs) {
            Integer previous = templateDocs.put(template.id(), texts.add(TEMPLATE, template.id(), counts));
            if (previous != null) {
                texts.remove(previous);
            }
            templates.put(template.id(), template);
        }
    }

    public void removeTemplate(long templateId) {
        synchronized (templateDocs) {
            templates.remove(templateId);
            Integer doc = templateDocs.remove(templateId);
            if (doc != null) {
                texts.remove(doc);
            }
        }
    }

    /** Remembers that an agent answered this message with this template; later similar messages rank it higher. */
    public void recordChoice(MessageText message, long templateId) {
        Map<String, Integer> counts = TextTokens.termCounts(analyzer, message.fullText());
        synchronized (choiceDocs) {
            choiceDocs.addLast(texts.add(CHOICE, templateId, counts));
            if (choiceDocs.size() > MAX_CHOICES) {
                texts.remove(choiceDocs.removeFirst());
            }
        }
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
        String text = message.fullText();
        Map<String, Integer> counts = TextTokens.termCounts(analyzer, text.length() > QUERY_CHARS ? text.substring(0, QUERY_CHARS) : text);
        List<List<Hit>> hits = texts.search(counts, QUERY_TERMS, limit * 5 + 20, HISTORY_NEIGHBOURS);
        Map<Long, Double> similar = new HashMap<>();
        hits.get(TEMPLATE).forEach(hit -> similar.putIfAbsent(hit.key(), (double) hit.score()));
        Map<Long, List<Double>> history = new HashMap<>();
        for (Hit hit : hits.get(CHOICE)) {
            history.computeIfAbsent(hit.key(), k -> new ArrayList<>()).add((double) hit.score());
        }
        return rank(similar, history, language, groupId, ruleHints, limit);
    }

    private List<Suggestion> rank(Map<Long, Double> text, Map<Long, List<Double>> history, String language, Long groupId,
            Map<Long, Double> hints, int limit) {
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

    private static double max(Map<Long, Double> scores) {
        return scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    public int templateCount() {
        return templates.size();
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
