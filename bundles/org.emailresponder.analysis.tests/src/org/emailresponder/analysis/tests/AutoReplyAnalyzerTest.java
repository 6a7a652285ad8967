package org.emailresponder.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.emailresponder.analysis.AnalysisInput;
import org.emailresponder.analysis.AnalysisResult;
import org.emailresponder.analysis.MessageAnalysis;
import org.emailresponder.analysis.internal.builtin.AutoReplyAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AutoReplyAnalyzerTest {
    private static final MessageAnalysis ANALYSIS = Analyses.only(new AutoReplyAnalyzer(), Map.of());

    @AfterAll
    static void close() {
        ANALYSIS.close();
    }

    private static AnalysisResult analyze(AnalysisInput.Builder builder) {
        return ANALYSIS.evaluate(builder.build());
    }

    @Test
    void outOfOfficeReplyIsAnAutoReply() {
        AnalysisResult result = analyze(AnalysisInput.builder(1).from("anna@example.com", "Anna")
                .subject("Automatische Antwort: Ihre Anfrage")
                .headers(Map.of("auto-submitted", "auto-replied", "X-Autoreply", "yes"))
                .textBody("Ich bin bis 12. Mai nicht im Büro."));
        assertEquals("auto_reply", result.value("auto.kind"));
        assertEquals(0.95, result.best("auto.kind").orElseThrow().confidence());
        assertEquals(3, result.all("auto.signal").size(), result.facts().toString());
    }

    @Test
    void deliveryStatusReportFromTheNullSenderIsABounce() {
        AnalysisResult result = analyze(AnalysisInput.builder(2).from("MAILER-DAEMON@mx.example.net", "")
                .subject("Undelivered Mail Returned to Sender").returnPath("<>")
                .headers(Map.of("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"x\""))
                .textBody("This is the mail system at host mx.example.net."));
        assertEquals("bounce", result.value("auto.kind"));
        assertTrue(result.all("auto.signal").stream().anyMatch(f -> f.value().contains("Return-Path: <>")));
    }

    @Test
    void mailingListAndLoopHeadersAreReported() {
        assertEquals("list", analyze(AnalysisInput.builder(3).subject("[dev] weekly notes")
                .headers(Map.of("List-Id", "<dev.lists.example.org>", "Precedence", "list"))).value("auto.kind"));
        assertEquals("loop", analyze(AnalysisInput.builder(4).subject("Re: Re: Re: your request")
                .headers(Map.of("X-Loop", "support@example.com"))).value("auto.kind"));
    }

    @Test
    void theMailPipelinesClassificationWins() {
        AnalysisResult result = analyze(AnalysisInput.builder(5).subject("Hello").autoClassification("BOUNCE")
                .headers(Map.of("Precedence", "bulk")));
        assertEquals("bounce", result.value("auto.kind"));
        assertEquals(1.0, result.best("auto.kind").orElseThrow().confidence());
    }

    @Test
    void anOrdinaryCustomerMessageHasNoAutoKind() {
        AnalysisResult result = analyze(AnalysisInput.builder(6).from("carla@example.es", "Carla")
                .subject("Pregunta sobre mi pedido").returnPath("<carla@example.es>")
                .headers(Map.of("Auto-Submitted", "no", "Content-Type", "text/plain; charset=UTF-8"))
                .textBody("Hola, ¿cuándo llega mi pedido?"));
        assertNull(result.value("auto.kind"));
        assertTrue(result.facts().isEmpty(), result.facts().toString());
    }
}
