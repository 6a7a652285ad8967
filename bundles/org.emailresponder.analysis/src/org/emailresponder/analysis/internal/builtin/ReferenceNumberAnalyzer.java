package org.emailresponder.analysis.internal.builtin;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import org.emailresponder.analysis.internal.builtin.ReferencePatterns.Reference;
import org.emailresponder.analysis.spi.AnalysisContext;
import org.emailresponder.analysis.spi.Analyzer;

/** Order, invoice and other reference numbers found by the configured {@link ReferencePatterns}. */
public final class ReferenceNumberAnalyzer implements Analyzer {
    private static final double CONFIDENCE = 0.9;
    /** With anchors, a pattern is tried from this many characters before an anchor ... */
    static final int WINDOW_BEFORE = 40;
    /** ... to this many after it. */
    static final int WINDOW_AFTER = 200;

    @Override
    public void analyze(AnalysisContext context) {
        ReferencePatterns patterns = context.service(ReferencePatterns.class).orElseGet(ReferencePatterns::defaults);
        String text = context.input().text();
        String lowerText = null;
        Set<String> seen = new HashSet<>();
        for (Reference reference : patterns.references()) {
            Matcher m = reference.pattern().matcher(text);
            if (reference.anchors().isEmpty()) {
                findAll(context, reference, m, seen);
                continue;
            }
            lowerText = lowerText != null ? lowerText : text.toLowerCase(Locale.ROOT);
            for (String anchor : reference.anchors()) {
                for (int at = lowerText.indexOf(anchor); at >= 0; at = lowerText.indexOf(anchor, at + 1)) {
                    // only around the anchor: a regex run over a long text costs more than all other analyzers
                    int from = Math.min(text.length(), Math.max(0, at - WINDOW_BEFORE));
                    m.region(from, Math.min(text.length(), at + WINDOW_AFTER));
                    m.useTransparentBounds(true).useAnchoringBounds(false);
                    findAll(context, reference, m, seen);
                }
            }
        }
    }

    private static void findAll(AnalysisContext context, Reference reference, Matcher m, Set<String> seen) {
        while (m.find()) {
            int group = m.groupCount() >= 1 && m.start(1) >= 0 ? 1 : 0;
            String key = reference.kind() + ".number";
            if (seen.add(key + "@" + m.start(group) + ":" + m.end(group))) {
                context.add(key, m.group(group), CONFIDENCE, m.start(group), m.end(group));
            }
        }
    }
}
