package org.emailresponder.analysis.internal.builtin;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import org.emailresponder.analysis.internal.builtin.ReferencePatterns.Reference;
import org.emailresponder.analysis.spi.AnalysisContext;
import org.emailresponder.analysis.spi.Analyzer;

/** Order, invoice and other reference numbers found by the configured {@link ReferencePatterns}. */
public final class ReferenceNumberAnalyzer implements Analyzer {
    private static final double CONFIDENCE = 0.9;

    @Override
    public void analyze(AnalysisContext context) {
        ReferencePatterns patterns = context.service(ReferencePatterns.class).orElseGet(ReferencePatterns::defaults);
        String text = context.input().text();
        String lowerText = null;
        Set<String> seen = new HashSet<>();
        for (Reference reference : patterns.references()) {
            if (!reference.anchors().isEmpty()) {
                lowerText = lowerText != null ? lowerText : text.toLowerCase(Locale.ROOT);
                if (!containsAny(lowerText, reference.anchors())) {
                    continue;
                }
            }
            Matcher m = reference.pattern().matcher(text);
            while (m.find()) {
                int group = m.groupCount() >= 1 && m.start(1) >= 0 ? 1 : 0;
                String key = reference.kind() + ".number";
                if (seen.add(key + "@" + m.start(group) + ":" + m.end(group))) {
                    context.add(key, m.group(group), CONFIDENCE, m.start(group), m.end(group));
                }
            }
        }
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
