package org.emailresponder.analysis.internal.builtin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.emailresponder.analysis.FactKeys;
import org.emailresponder.analysis.internal.builtin.KeywordMatcher.Match;
import org.emailresponder.analysis.internal.builtin.ProductCatalog.ProductTerm;
import org.emailresponder.analysis.spi.AnalysisContext;
import org.emailresponder.analysis.spi.Analyzer;

/**
 * Products named in the message (by code, name or alias; whole words, any case). One {@code product} fact per product:
 * value = product code, span = its first mention (the longest term there), confidence by how it was named.
 */
public final class ProductAnalyzer implements Analyzer {

    @Override
    public void analyze(AnalysisContext context) {
        KeywordMatcher<ProductTerm> matcher = context.service(ProductCatalog.class).map(ProductCatalog::matcher)
                .orElse(null);
        if (matcher == null || matcher.isEmpty()) {
            return;
        }
        Map<String, Match<ProductTerm>> firstByCode = new LinkedHashMap<>();
        matcher.find(context.input().text(), match -> firstByCode.merge(match.payload().code(), match,
                ProductAnalyzer::earlierOrLonger));
        for (Match<ProductTerm> match : firstByCode.values()) {
            context.add(FactKeys.PRODUCT, match.payload().code(), match.payload().confidence(), match.start(),
                    match.end());
        }
    }

    private static Match<ProductTerm> earlierOrLonger(Match<ProductTerm> a, Match<ProductTerm> b) {
        if (a.start() != b.start()) {
            return a.start() < b.start() ? a : b;
        }
        return a.end() >= b.end() ? a : b;
    }
}
