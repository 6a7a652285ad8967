package org.emailresponder.contacts;

import java.util.List;
import java.util.Map;

/**
 * A product as services exchange it.
 *
 * @param id null for a product not stored yet
 * @param code the unique code or SKU
 * @param aliases other names customers use for it (matched in message text like the name and code)
 */
public record ProductData(Long id, String name, String code, List<String> aliases, String description, List<String> links,
        Map<String, String> customFields) {

    public ProductData {
        aliases = clean(aliases);
        links = clean(links);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    public static ProductData of(String name, String code, String... aliases) {
        return new ProductData(null, name, code, List.of(aliases), null, List.of(), Map.of());
    }

    public ProductData withId(Long newId) {
        return new ProductData(newId, name, code, aliases, description, links, customFields);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }
}
