package org.emailresponder.templates.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.emailresponder.contacts.ProductData;
import org.emailresponder.contacts.internal.ContactMapping;
import org.emailresponder.store.model.Product;
import org.emailresponder.templates.RenderContext;
import org.emailresponder.templates.spi.VariableProvider;

/** {@code $product.name$}, code, description: the context's product, else the analysis fact "product" (id or code). */
public final class ProductVariables implements VariableProvider {
    /** Fact key analysis uses for the product a message is about (value: product id or code). */
    public static final String FACT_KEY = "product";

    @Override
    public Map<String, String> fields() {
        return Map.of("name", "product name", "code", "product code (SKU)", "description", "description",
                "links", "links (a list)", "custom.*", "the product's custom fields by name");
    }

    @Override
    public Map<String, ?> values(RenderContext context) {
        Optional<ProductData> product = product(context);
        Map<String, Object> values = new HashMap<>();
        product.ifPresent(p -> {
            values.put("name", p.name());
            values.put("code", p.code());
            values.put("description", p.description());
            values.put("links", p.links());
            values.put("custom", p.customFields());
        });
        values.values().removeIf(v -> v == null);
        return values;
    }

    private static Optional<ProductData> product(RenderContext context) {
        if (context.store() == null) {
            return Optional.empty();
        }
        if (context.productId() != null) {
            return context.store().read(em -> Optional.ofNullable(em.find(Product.class, context.productId()))
                    .map(ContactMapping::toData));
        }
        List<String> mentioned = MessageInfo.facts(context).getOrDefault(FACT_KEY, List.of());
        if (mentioned.isEmpty()) {
            return Optional.empty();
        }
        String key = mentioned.get(0).strip();
        return context.store().read(em -> {
            if (key.matches("\\d{1,18}")) {
                Product byId = em.find(Product.class, Long.parseLong(key));
                if (byId != null) {
                    return Optional.of(ContactMapping.toData(byId));
                }
            }
            return em.createQuery("SELECT p FROM Product p WHERE LOWER(p.code) = :c", Product.class)
                    .setParameter("c", key.toLowerCase(Locale.ROOT)).getResultList().stream().findFirst()
                    .map(ContactMapping::toData);
        });
    }
}
