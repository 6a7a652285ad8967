package org.emailresponder.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.emailresponder.analysis.AnalysisInput;
import org.emailresponder.analysis.AnalysisResult;
import org.emailresponder.analysis.Fact;
import org.emailresponder.analysis.MessageAnalysis;
import org.emailresponder.analysis.internal.builtin.ReferenceNumberAnalyzer;
import org.junit.jupiter.api.Test;

class ReferenceNumberAnalyzerTest {

    private static AnalysisResult analyze(Map<String, String> settings, String subject, String body) {
        try (MessageAnalysis analysis = Analyses.only(new ReferenceNumberAnalyzer(), settings)) {
            return analysis.evaluate(AnalysisInput.builder(0).subject(subject).textBody(body).build());
        }
    }

    private static List<String> spans(AnalysisResult result, String key) {
        return result.all(key).stream().map(Fact::value).toList();
    }

    @Test
    void findsOrderAndInvoiceNumbersWithTheirPlaceInTheText() {
        String subject = "Order #AB-12345 not delivered";
        String body = "Hello,\nmy order number: 2024-99871 was charged twice, see invoice INV-20240311.\n"
                + "Bestellung Nr. 778812 kam auch nicht an. The order confirmation email is attached.";
        AnalysisInput input = AnalysisInput.builder(0).subject(subject).textBody(body).build();
        AnalysisResult result = analyze(Map.of(), subject, body);

        assertEquals(List.of("AB-12345", "2024-99871", "778812"), spans(result, "order.number"));
        assertEquals(List.of("INV-20240311"), spans(result, "invoice.number"));
        for (Fact fact : result.facts()) {
            assertEquals(fact.value(), input.text().substring(fact.start(), fact.end()), fact.toString());
        }
    }

    @Test
    void patternsAreConfigurable() {
        Map<String, String> settings = Map.of("analysis.reference.order.1", "",
                "analysis.reference.ticket.1", "\\bTCK(\\d{6})\\b");
        AnalysisResult result = analyze(settings, "Re: TCK123456", "order number 55555-1 again");
        assertEquals(List.of(), spans(result, "order.number"));
        Fact ticket = result.best("ticket.number").orElseThrow();
        assertEquals("123456", ticket.value());
        assertEquals(7, ticket.start());
    }

    @Test
    void aBrokenPatternNamesItsSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> analyze(Map.of("analysis.reference.order.9", "([unclosed"), "", ""));
        assertEquals(true, e.getMessage().contains("analysis.reference.order.9"), e.getMessage());
    }
}
