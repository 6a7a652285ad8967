package org.emailresponder.analysis.tests;

import java.util.List;
import java.util.Map;

import org.emailresponder.analysis.MessageAnalysis;
import org.emailresponder.analysis.internal.AnalyzerDescriptor;
import org.emailresponder.analysis.internal.AnalyzerRegistry;
import org.emailresponder.analysis.spi.Analyzer;

/** A MessageAnalysis without database that runs just one analyzer, through the real pipeline. */
final class Analyses {
    private Analyses() {
    }

    static MessageAnalysis only(Analyzer analyzer, Map<String, String> settings) {
        return new MessageAnalysis(null, settings,
                AnalyzerRegistry.of(List.of(AnalyzerDescriptor.of("under.test", 1, analyzer))));
    }
}
