package org.emailresponder.templates.tests;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.emailresponder.templates.RenderContext;
import org.emailresponder.templates.spi.VariableProvider;

/** A partner-like provider contributed by fragment.xml; it also returns values templates must never see. */
public class StubOrderVariables implements VariableProvider {
    @Override
    public Map<String, String> fields() {
        return Map.of("number", "order number", "date", "order date", "items", "item names", "total", "total amount",
                "secret", "an unsupported object (dropped)");
    }

    @Override
    public Map<String, ?> values(RenderContext context) {
        return Map.of("number", "SO-" + (context.messageId() == null ? 0 : context.messageId()),
                "date", LocalDate.of(2026, 11, 27), "items", List.of("Router", "Cable"), "total", 1234.5,
                "secret", new Thread("not for templates"), "unpublished", "never visible");
    }
}
