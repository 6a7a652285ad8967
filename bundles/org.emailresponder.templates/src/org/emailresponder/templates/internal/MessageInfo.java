package org.emailresponder.templates.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.emailresponder.templates.RenderContext;

/** What the built-in variables read about the message being answered, in two small queries. */
record MessageInfo(String subject, String fromAddress, String fromName, Instant sentAt, Instant receivedAt, Long contactId) {

    /** Fact keys analysis uses for order numbers. */
    static final List<String> ORDER_KEYS = List.of("orderNumber", "order_number", "orderNo");

    static Optional<MessageInfo> load(RenderContext context) {
        return LookupCache.get("message", () -> query(context));
    }

    private static Optional<MessageInfo> query(RenderContext context) {
        if (context.messageId() == null || context.store() == null) {
            return Optional.empty();
        }
        List<Object[]> rows = context.store().read(em -> em.createQuery("SELECT m.subject, m.fromAddress, m.fromName, m.sentAt, "
                + "m.receivedAt, c.id FROM Message m LEFT JOIN m.contact c WHERE m.id = :id", Object[].class)
                .setParameter("id", context.messageId()).getResultList());
        return rows.stream().findFirst().map(r -> new MessageInfo((String) r[0], (String) r[1], (String) r[2], (Instant) r[3],
                (Instant) r[4], (Long) r[5]));
    }

    /** Every fact value by key, most confident first; facts given in the context come first. */
    static Map<String, List<String>> facts(RenderContext context) {
        return LookupCache.get("facts", () -> queryFacts(context));
    }

    private static Map<String, List<String>> queryFacts(RenderContext context) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        context.facts().forEach((k, v) -> facts.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        if (context.messageId() != null && context.store() != null) {
            List<Object[]> rows = context.store().read(em -> em.createQuery("SELECT f.factKey, f.factValue FROM MessageFact f "
                    + "WHERE f.message.id = :id ORDER BY f.confidence DESC, f.id", Object[].class)
                    .setParameter("id", context.messageId()).getResultList());
            for (Object[] row : rows) {
                if (row[1] != null && !context.facts().containsKey((String) row[0])) {
                    List<String> values = facts.computeIfAbsent((String) row[0], x -> new ArrayList<>());
                    if (!values.contains(row[1])) {
                        values.add((String) row[1]);
                    }
                }
            }
        }
        return facts;
    }

    static List<String> orderNumbers(Map<String, List<String>> facts) {
        List<String> numbers = new ArrayList<>();
        ORDER_KEYS.forEach(k -> facts.getOrDefault(k, List.of()).stream().filter(n -> !numbers.contains(n)).forEach(numbers::add));
        return numbers;
    }

    static Map<String, Object> firstValues(Map<String, List<String>> facts) {
        Map<String, Object> first = new LinkedHashMap<>();
        facts.forEach((k, v) -> first.put(k, v.get(0)));
        return first;
    }
}
