package org.emailresponder.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.emailresponder.templates.RenderedTemplate;
import org.emailresponder.templates.TemplateData;
import org.emailresponder.templates.TemplateEngine;
import org.emailresponder.templates.TemplateProblem;
import org.emailresponder.templates.TemplateVariables;
import org.junit.jupiter.api.Test;

class RenderingTest {
    private final TemplateEngine engine = new TemplateEngine();
    private final Map<String, Map<String, String>> catalog = TemplateVariables.fromPlatform().catalog();

    private RenderedTemplate text(String body, Map<String, ?> values) {
        return engine.render(TemplateData.of(null, "t", "en", "", body, null), values, Locale.ENGLISH);
    }

    @Test
    void nullFallbackGreetsCustomersWithoutFirstName() {
        String body = "Dear $customer.firstName; null=\"customer\"$,";
        assertEquals("Dear customer,", text(body, Map.of("customer", Map.of("lastName", "Lovelace"))).text());
        assertEquals("Dear Ada,", text(body, Map.of("customer", Map.of("firstName", "Ada"))).text());
        assertEquals("Dear customer,", text(body, Map.of()).text());
    }

    @Test
    void missingValuesAndJavaObjectsNeverPrintGarbage() {
        RenderedTemplate r = text("[$customer$][$customer.lastName$][$thing$][$list$][$n$]",
                Map.of("customer", Map.of("firstName", "Ada"), "thing", new Thread("x"), "list", List.of("a", new Object(), "b"),
                        "n", 1234567));
        assertEquals("[][][][ab][1,234,567]", r.text());
        assertFalse(r.text().contains("null") || r.text().contains("@") || r.text().contains("Thread"));
    }

    @Test
    void templatesCannotReachJavaMethodsOrGetters() {
        Map<String, ?> values = Map.of("customer", Map.of("firstName", "Ada"), "message", Map.of("subject", "Hi"));
        RenderedTemplate r = text("a$customer.class.classLoader$b$message.getClass$c$customer.firstName.bytes$d"
                + "$customer.firstName.class.name$e", values);
        assertEquals("abcde", r.text());
        assertFalse(r.problems().isEmpty(), "the attempts are reported");

        TemplateData probing = TemplateData.of(null, "t", "en", "Hi", "Hello\n  $customer.class.classLoader$ $message.getClass$", null);
        List<TemplateProblem> problems = engine.validate(probing, catalog);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 2 && p.column() > 0 && p.message().equals("customer has no field 'class'")),
                problems.toString());
        assertTrue(problems.contains(new TemplateProblem("text", 2, 33, "message has no field 'getClass'")), problems.toString());
    }

    @Test
    void subjectValuesCannotInjectHeaders() {
        TemplateData t = TemplateData.of(null, "t", "en", "Re: $message.subject$\r\n$customer.fullName$", "$message.subject$", null);
        RenderedTemplate r = engine.render(t, Map.of("message", Map.of("subject", "x\r\nBcc: victim@example.test"),
                "customer", Map.of("fullName", "A\nB")), Locale.ENGLISH);
        assertEquals("Re: x Bcc: victim@example.test A B", r.subject());
        assertFalse(r.subject().contains("\r") || r.subject().contains("\n"));
        assertEquals("x\r\nBcc: victim@example.test", r.text(), "the text body keeps the value as written");
    }

    @Test
    void htmlBodiesEscapeEveryValue() {
        TemplateData t = TemplateData.of(null, "t", "en", "s", "Hi $customer.firstName$",
                "<p>Hi <b>$customer.firstName$</b> $customer.items; separator=\", \"$</p>");
        RenderedTemplate r = engine.render(t, Map.of("customer", Map.of("firstName", "<script>alert('x')</script>&",
                "items", List.of("<i>", "\"q\""))), Locale.ENGLISH);
        assertEquals("<p>Hi <b>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</b> &lt;i&gt;, &quot;q&quot;</p>", r.html());
        assertEquals("Hi <script>alert('x')</script>&", r.text());
    }

    @Test
    void validationReportsSyntaxErrorsAndUnknownNamesWithPositions() {
        TemplateData broken = TemplateData.of(null, "t", "en", "ok", "Hello\n  $customer.firstName(  $ more", null);
        List<TemplateProblem> syntax = engine.validate(broken, catalog);
        assertEquals(1, syntax.size(), syntax.toString());
        assertEquals("text", syntax.get(0).part());
        assertEquals(2, syntax.get(0).line());
        assertTrue(syntax.get(0).column() > 2 && syntax.get(0).message().startsWith("syntax error"), syntax.toString());

        TemplateData unknown = TemplateData.of(null, "t", "en", "Re: $mesage.subject$",
                "Dear $customer.firstname$,\nyour order $facts.orderNumber$ $order.number$ $order.unpublished$",
                "<p>$product.name$ $product.price$</p>");
        List<TemplateProblem> problems = engine.validate(unknown, catalog);
        assertEquals(List.of(new TemplateProblem("subject", 1, 6, "unknown variable 'mesage'"),
                new TemplateProblem("text", 1, 7, "customer has no field 'firstname'"),
                new TemplateProblem("text", 2, 48, "order has no field 'unpublished'"),
                new TemplateProblem("html", 1, 20, "product has no field 'price'")), problems);
    }

    @Test
    void concurrentRendersOfOneTemplateDoNotInterfere() throws Exception {
        TemplateData t = TemplateData.of(null, "t", "en", "Re: $n$", "Dear $n$ $list; separator=\",\"$", "<p>$n$</p>");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                String n = "n" + i;
                results.add(pool.submit(() -> {
                    RenderedTemplate r = engine.render(t, Map.of("n", n, "list", List.of(n, "<x>")), Locale.ENGLISH);
                    return r.subject().equals("Re: " + n) && r.text().equals("Dear " + n + " " + n + ",<x>")
                            && r.html().equals("<p>" + n + "</p>");
                }));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void formatsApplyToValues() {
        assertEquals("ADA ada Ada a%26b", text("$n; format=\"upper\"$ $n; format=\"lower\"$ $m; format=\"cap\"$ $u; format=\"url\"$",
                Map.of("n", "Ada", "m", "ada", "u", "a&b")).text());
    }

    @Test
    void measureRenderingTime() {
        TemplateData t = TemplateData.of(null, "t", "en", "Re: $message.subject$ [$message.orderNumber$]",
                "Dear $customer.firstName; null=\"customer\"$,\n\nthank you for your message of $message.date$ about "
                        + "$product.name$ ($product.code$). Your orders: $message.orderNumbers; separator=\", \"$.\n\n"
                        + "Kind regards\n$agent.name$\n$agent.signature$\n$company.name$",
                "<p>Dear $customer.firstName; null=\"customer\"$,</p><p>$product.name$</p><p>$agent.signature$</p>");
        Map<String, ?> values = Map.of("customer", Map.of("firstName", "Ada"), "message",
                Map.of("subject", "Router broken", "date", "27 Nov 2026, 10:00", "orderNumber", "SO-1",
                        "orderNumbers", List.of("SO-1", "SO-2")),
                "product", Map.of("name", "Turbo Router", "code", "TR-3000"), "agent",
                Map.of("name", "Bob", "signature", "Bob\nSupport"), "company", Map.of("name", "ACME"));
        for (int i = 0; i < 2_000; i++) {
            engine.render(t, values, Locale.ENGLISH);
        }
        int renders = 10_000;
        long start = System.nanoTime();
        for (int i = 0; i < renders; i++) {
            engine.render(t, values, Locale.ENGLISH);
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / renders;
        System.out.printf(Locale.ROOT, "Template rendering: mean %.1f us per template (subject + text + html) over %d renders%n",
                micros, renders);
        assertTrue(engine.render(t, values, Locale.ENGLISH).text().contains("Dear Ada"));
    }
}
