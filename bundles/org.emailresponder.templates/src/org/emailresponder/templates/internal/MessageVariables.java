package org.emailresponder.templates.internal;

import java.util.HashMap;
import java.util.Map;

import org.emailresponder.templates.RenderContext;
import org.emailresponder.templates.spi.VariableProvider;

/** {@code $message.subject$}, {@code $message.date$} (formatted in the reply's locale), from, orders, facts. */
public final class MessageVariables implements VariableProvider {
    @Override
    public Map<String, String> fields() {
        return Map.of("subject", "subject of the customer's message", "date", "when it was sent (or received), formatted",
                "from", "sender address", "fromName", "sender display name",
                "orderNumbers", "order numbers found by analysis (a list)",
                "orderNumber", "the first order number found by analysis", "facts.*", "all analysis facts by key");
    }

    @Override
    public Map<String, ?> values(RenderContext context) {
        Map<String, Object> values = new HashMap<>();
        MessageInfo.load(context).ifPresent(m -> {
            values.put("subject", m.subject());
            values.put("from", m.fromAddress());
            values.put("fromName", m.fromName());
            if (m.sentAt() != null || m.receivedAt() != null) {
                values.put("date", SafeValues.formatDate(m.sentAt() != null ? m.sentAt() : m.receivedAt(), context.locale()));
            }
        });
        Map<String, java.util.List<String>> facts = MessageInfo.facts(context);
        var orders = MessageInfo.orderNumbers(facts);
        values.put("orderNumbers", orders);
        if (!orders.isEmpty()) {
            values.put("orderNumber", orders.get(0));
        }
        values.put("facts", MessageInfo.firstValues(facts));
        values.values().removeIf(v -> v == null);
        return values;
    }
}
