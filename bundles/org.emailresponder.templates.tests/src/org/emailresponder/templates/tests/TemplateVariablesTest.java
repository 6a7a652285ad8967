package org.emailresponder.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.emailresponder.templates.Personalizer;
import org.emailresponder.templates.RenderContext;
import org.emailresponder.templates.RenderedTemplate;
import org.emailresponder.templates.TemplateData;
import org.emailresponder.templates.TemplateEngine;
import org.emailresponder.templates.TemplateVariables;
import org.emailresponder.templates.internal.CustomerVariables;
import org.junit.jupiter.api.Test;

class TemplateVariablesTest {
    private final TemplateVariables variables = TemplateVariables.fromPlatform();

    @Test
    void builtInAndContributedVariablesAreFoundThroughTheRealRegistry() {
        Map<String, Map<String, String>> catalog = variables.catalog();
        for (String name : List.of("customer", "message", "facts", "product", "agent", "company", "order")) {
            assertTrue(catalog.containsKey(name), name + " missing from " + catalog.keySet());
        }
        assertEquals(new CustomerVariables().fields(), catalog.get("customer"), "the first contribution of a name wins");
        assertTrue(catalog.get("order").containsKey("number"));
    }

    @Test
    void brokenAndDuplicateContributionsAreDisabledAndLogged() {
        variables.catalog();
        List<String> disabled = variables.disabled();
        assertTrue(disabled.stream().anyMatch(d -> d.startsWith("broken (org.emailresponder.templates")), disabled.toString());
        assertTrue(disabled.stream().anyMatch(d -> d.startsWith("customer (") && d.contains("already provided")), disabled.toString());
        assertFalse(variables.catalog().containsKey("broken"));
    }

    @Test
    void contributedValuesRenderButOnlyPublishedAndSafeOnes() {
        Personalizer personalizer = new Personalizer(new TemplateEngine(), variables);
        TemplateData t = TemplateData.of(null, "t", "en", "Order $order.number$",
                "$order.date$|$order.items; separator=\"+\"$|$order.total$|$order.secret$|$order.unpublished$", null);
        RenderedTemplate r = personalizer.personalize(t, new RenderContext(null, 42L, null, null, null, null, Locale.ENGLISH));
        assertEquals("Order SO-42", r.subject());
        assertEquals("Nov 27, 2026|Router+Cable|1,234.5||", r.text());
        assertFalse(r.problems().isEmpty(), "the unpublished field is reported");
    }
}
