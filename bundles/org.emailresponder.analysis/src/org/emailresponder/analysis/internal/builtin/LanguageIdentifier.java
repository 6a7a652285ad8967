package org.emailresponder.analysis.internal.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small character-trigram language identifier (naive Bayes over letter trigrams, add-one smoothing). Profiles are
 * counted from the bundle's own training text in {@code /profiles/<code>.txt} the first time they are needed. Only the
 * first {@link #MAX_CHARS} characters are read: more rarely changes the answer and would only cost time.
 */
public final class LanguageIdentifier {
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pt");
    public static final int MAX_CHARS = 2000;
    /** Below this many known trigrams the confidence is scaled down: a few words say little. */
    private static final int CONFIDENT_TRIGRAMS = 30;

    private final String[] languages;
    private final TrigramTable table;
    /** Row-major: logProbabilities[row * languages.length + language]. */
    private final float[] logProbabilities;

    private LanguageIdentifier(String[] languages, TrigramTable table, float[] logProbabilities) {
        this.languages = languages;
        this.table = table;
        this.logProbabilities = logProbabilities;
    }

    /** The identifier trained on the bundle's profiles (built once, shared; thread-safe). */
    public static LanguageIdentifier builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** Trains an identifier on sample text per language code. */
    public static LanguageIdentifier train(Map<String, String> textByLanguage) {
        String[] codes = textByLanguage.keySet().toArray(String[]::new);
        List<Map<Long, Integer>> counts = textByLanguage.values().stream().map(LanguageIdentifier::count).toList();
        long[] trigrams = counts.stream().flatMap(c -> c.keySet().stream()).distinct().mapToLong(Long::longValue)
                .toArray();
        float[] logP = new float[trigrams.length * codes.length];
        for (int i = 0; i < codes.length; i++) {
            Map<Long, Integer> c = counts.get(i);
            double total = c.values().stream().mapToInt(Integer::intValue).sum() + trigrams.length;
            for (int row = 0; row < trigrams.length; row++) {
                logP[row * codes.length + i] = (float) Math.log((c.getOrDefault(trigrams[row], 0) + 1) / total);
            }
        }
        return new LanguageIdentifier(codes, new TrigramTable(trigrams), logP);
    }

    /** The most likely language of the text, with a confidence 0..1; empty when the text has no known trigrams. */
    public Optional<Guess> identify(CharSequence text) {
        double[] scores = new double[languages.length];
        int known = 0;
        TrigramReader reader = new TrigramReader(text, MAX_CHARS);
        for (long trigram = reader.next(); trigram >= 0; trigram = reader.next()) {
            int row = table.row(trigram);
            if (row >= 0) {
                known++;
                int base = row * scores.length;
                for (int i = 0; i < scores.length; i++) {
                    scores[i] += logProbabilities[base + i];
                }
            }
        }
        return known == 0 ? Optional.empty() : Optional.of(guess(scores, known));
    }

    private Guess guess(double[] scores, int known) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        double sum = 0;
        for (double score : scores) {
            sum += Math.exp(score - scores[best]);
        }
        double confidence = (1 / sum) * Math.min(1.0, known / (double) CONFIDENT_TRIGRAMS);
        return new Guess(languages[best], Math.min(0.99, confidence), known);
    }

    private static Map<Long, Integer> count(String text) {
        Map<Long, Integer> counts = new HashMap<>();
        TrigramReader reader = new TrigramReader(text, Integer.MAX_VALUE);
        for (long trigram = reader.next(); trigram >= 0; trigram = reader.next()) {
            counts.merge(trigram, 1, Integer::sum);
        }
        return counts;
    }

    /** @param trigrams how many known trigrams the guess rests on */
    public record Guess(String language, double confidence, int trigrams) {
    }

    private static final class BuiltIn {
        static final LanguageIdentifier INSTANCE = load();

        private static LanguageIdentifier load() {
            Map<String, String> texts = new LinkedHashMap<>();
            for (String code : LANGUAGES) {
                try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/profiles/" + code + ".txt")) {
                    if (in == null) {
                        throw new IllegalStateException("language profile /profiles/" + code + ".txt is missing");
                    }
                    texts.put(code, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return train(texts);
        }
    }
}
