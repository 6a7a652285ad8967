package org.emailresponder.analysis.internal.builtin;

import java.util.HashSet;
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
        Set<String> seen = new HashSet<>();
        for (Reference reference : patterns.references()) {
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
}
