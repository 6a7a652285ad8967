package org.emailresponder.templates.internal;

import java.util.Map;

import org.emailresponder.templates.RenderContext;
import org.emailresponder.templates.spi.VariableProvider;

/** {@code $facts.<key>$}: every analysis fact of the message (the most confident value per key). */
public final class FactsVariables implements VariableProvider {
    @Override
    public Map<String, String> fields() {
        return Map.of(ANY_FIELD, "any analysis fact key, e.g. orderNumber, category, language");
    }

    @Override
    public Map<String, ?> values(RenderContext context) {
        return MessageInfo.firstValues(MessageInfo.facts(context));
    }
}
