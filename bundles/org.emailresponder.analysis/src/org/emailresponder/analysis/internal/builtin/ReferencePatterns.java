package org.emailresponder.analysis.internal.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The regular expressions that find order, invoice and similar reference numbers. Each is a setting named
 * {@code analysis.reference.<kind>.<n>}; a match of it becomes a fact {@code <kind>.number} whose value is group 1 (or
 * the whole match when the pattern has no group). Settings override the defaults of the same name, add new ones, or
 * remove one with an empty value. Settings come from the map given to MessageAnalysis, then system properties.
 * <p>
 * For speed, {@code analysis.reference.<kind>.<n>.anchors} may list words (comma-separated, any case) one of which
 * must occur in the text before the pattern is tried at all; the defaults have anchors.
 */
public final class ReferencePatterns {
    public static final String PREFIX = "analysis.reference.";
    private static final String NUMBER = "\\s*(?:no\\.?|nr\\.?|number|nummer|num[eé]ro|n[º°o]\\.?|#)?\\s*[:#]?\\s*"
            + "((?=[A-Z0-9-]*\\d)[A-Z0-9][A-Z0-9-]{4,})";
    private static final String ANCHORS = ".anchors";
    private static final String ORDER_WORDS = "order,bestellung,commande,pedido,ordine,bestelling,encomenda";
    private static final String INVOICE_WORDS = "invoice,rechnung,facture,factura,fattura,factuur,fatura";
    public static final Map<String, String> DEFAULTS = Map.of(
            PREFIX + "order.1", "(?iu)\\b(?:" + ORDER_WORDS.replace(',', '|') + ")" + NUMBER,
            PREFIX + "order.1" + ANCHORS, ORDER_WORDS,
            PREFIX + "invoice.1", "\\bINV-\\d+\\b",
            PREFIX + "invoice.1" + ANCHORS, "INV-",
            PREFIX + "invoice.2", "(?iu)\\b(?:" + INVOICE_WORDS.replace(',', '|') + ")" + NUMBER,
            PREFIX + "invoice.2" + ANCHORS, INVOICE_WORDS);

    private final List<Reference> references;

    private ReferencePatterns(List<Reference> references) {
        this.references = List.copyOf(references);
    }

    /**
     * A compiled pattern and the kind of number it finds.
     *
     * @param anchors lower-case words one of which must occur in the text for the pattern to be tried; empty: always
     */
    public record Reference(String kind, Pattern pattern, List<String> anchors) {
    }

    /**
     * Compiles the defaults overridden by {@code settings}.
     *
     * @throws IllegalArgumentException naming the setting when a pattern does not compile
     */
    public static ReferencePatterns from(Map<String, String> settings) {
        Map<String, String> merged = new TreeMap<>(DEFAULTS);
        settings.forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                merged.put(key, value);
                if (!key.endsWith(ANCHORS) && !settings.containsKey(key + ANCHORS)) {
                    merged.remove(key + ANCHORS); // default anchors belong to the default pattern only
                }
            }
        });
        List<Reference> references = new ArrayList<>();
        merged.forEach((key, regex) -> {
            if (!key.endsWith(ANCHORS) && regex != null && !regex.isBlank()) {
                references.add(new Reference(kindOf(key), compile(key, regex), anchors(merged.get(key + ANCHORS))));
            }
        });
        return new ReferencePatterns(references);
    }

    public static ReferencePatterns defaults() {
        return from(Map.of());
    }

    private static List<String> anchors(String words) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(words.split(",")).map(w -> w.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(w -> !w.isEmpty()).toList();
    }

    private static String kindOf(String key) {
        String rest = key.substring(PREFIX.length());
        int dot = rest.lastIndexOf('.');
        return dot > 0 ? rest.substring(0, dot) : rest;
    }

    private static Pattern compile(String key, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("The setting " + key + " is not a valid regular expression: "
                    + e.getMessage(), e);
        }
    }

    public List<Reference> references() {
        return references;
    }
}
