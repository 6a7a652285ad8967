package org.emailresponder.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.emailresponder.analysis.AnalysisInput;
import org.emailresponder.analysis.AnalysisResult;
import org.emailresponder.analysis.AnalysisResult.Skipped;
import org.emailresponder.analysis.Fact;
import org.emailresponder.analysis.MessageAnalysis;
import org.emailresponder.analysis.internal.AnalyzerDescriptor;
import org.emailresponder.analysis.internal.AnalyzerRegistry;
import org.junit.jupiter.api.Test;

/** The real extension registry with this fragment's stubs: ordering, replacing, and isolation of bad analyzers. */
class AnalyzerRegistryTest {
    private static final String P = StubAnalyzers.PREFIX;

    // above the default 200 ms so that a busy build machine does not time out the quick analyzers
    private static final Map<String, String> BUDGET = Map.of("analysis.budgetMillis", "500");

    private static AnalysisInput message() {
        return AnalysisInput.builder(0).from("anna@example.com", "Anna Berger").subject("Lieferung fehlt")
                .textBody("Guten Tag, meine Bestellung Nr. 4711-2025 ist immer noch nicht angekommen."
                        + " Können Sie bitte nachsehen, wo das Paket bleibt? Vielen Dank und freundliche Grüße")
                .build();
    }

    @Test
    void contributionsAreOrderedByOrderAndTheReplacedOneIsGone() {
        List<String> ids = AnalyzerRegistry.fromPlatform().analyzers().stream().map(AnalyzerDescriptor::id).toList();
        assertEquals(List.of(P + "first", P + "broken", "org.emailresponder.analysis.autoReply", P + "failing",
                "org.emailresponder.analysis.contact", P + "slow", "org.emailresponder.analysis.language",
                "org.emailresponder.analysis.products", "org.emailresponder.analysis.references",
                "org.emailresponder.analysis.category", P + "reader"), ids);
    }

    @Test
    void brokenContributionIsDisabledAndTheOthersStillLoad() {
        AnalyzerRegistry registry = AnalyzerRegistry.fromPlatform();
        AnalyzerDescriptor broken = registry.analyzers().stream().filter(d -> d.id().equals(P + "broken"))
                .findFirst().orElseThrow();
        assertTrue(broken.analyzer().isEmpty());
        assertTrue(broken.isDisabled());
        assertFalse(registry.enabled().contains(broken));
        registry.enabled().forEach(d -> assertTrue(d.analyzer().isPresent(), d.id()));
    }

    @Test
    void failingAndSlowAnalyzersAreSkippedAndTheMessageGoesOn() {
        try (MessageAnalysis analysis = new MessageAnalysis(null, BUDGET, AnalyzerRegistry.fromPlatform())) {
            long started = System.nanoTime();
            StubAnalyzers.Slow.CALLS.set(0);
            AnalysisResult result = analysis.evaluate(message());
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertTrue(millis < 2000, "the slow analyzer (3 s) must be cut at the 500 ms budget, took " + millis);
            assertEquals(1, StubAnalyzers.Slow.CALLS.get(), "the slow analyzer did run");
            assertEquals(Map.of(P + "failing", "IllegalStateException", P + "slow", "timed out"),
                    Map.of(result.skipped().get(0).analyzerId(), kind(result.skipped().get(0)),
                            result.skipped().get(1).analyzerId(), kind(result.skipped().get(1))));
            assertEquals(2, result.skipped().size());
            assertTrue(result.all("test.failing").isEmpty(), "facts of a failing analyzer are dropped");
            assertTrue(result.all("test.slow").isEmpty(), "facts of a timed-out analyzer are dropped");
            assertEquals("de", result.language(), "analyzers after the slow one still ran");
            assertEquals("4711-2025", result.value("order.number"));
        }
    }

    @Test
    void factsComeInAnalyzerOrderAndLaterAnalyzersSeeEarlierFacts() {
        try (MessageAnalysis analysis = new MessageAnalysis(null, BUDGET, AnalyzerRegistry.fromPlatform())) {
            AnalysisResult result = analysis.evaluate(message());
            List<String> analyzers = result.facts().stream().map(Fact::analyzer).distinct().toList();
            assertEquals(P + "first", analyzers.get(0));
            assertEquals(P + "reader", analyzers.get(analyzers.size() - 1));
            Fact first = result.best("test.first").orElseThrow();
            assertEquals("Lieferung", message().text().substring(first.start(), first.end()));
            String seen = result.value("test.seen");
            assertTrue(seen.startsWith("test.first,"), seen);
            assertTrue(seen.contains("language,") && seen.contains("order.number,") && seen.contains("category,"),
                    seen);
        }
    }

    @Test
    void anAnalyzerThatKeepsFailingIsDisabledSoItNoLongerCostsTime() {
        AnalyzerRegistry registry = AnalyzerRegistry.fromPlatform();
        Map<String, String> settings = Map.of("analysis.budgetMillis", "500", "analysis.failureLimit", "2");
        try (MessageAnalysis analysis = new MessageAnalysis(null, settings, registry)) {
            analysis.evaluate(message());
            analysis.evaluate(message());
            long started = System.nanoTime();
            AnalysisResult result = analysis.evaluate(message());
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertEquals(List.of(), result.skipped());
            assertTrue(millis < 400, "took " + millis + " ms");
            assertTrue(registry.analyzers().stream().filter(d -> d.id().equals(P + "slow") || d.id().equals(P + "failing"))
                    .allMatch(AnalyzerDescriptor::isDisabled));
            assertEquals("de", result.language());
        }
    }

    private static String kind(Skipped skipped) {
        return skipped.reason().startsWith("timed out") ? "timed out" : skipped.reason().split(":")[0]
                .replace("java.lang.", "");
    }
}
