package org.emailresponder.templates.internal;

import java.util.Map;
import java.util.Set;

/**
 * A data object as templates see it: named fields only. It is not a Map, a bean or an Iterable, so StringTemplate
 * reaches its fields only through {@link SandboxAdaptors} and prints it (without a field) as nothing.
 */
public final class VariableObject {
    private final String name;
    private final Map<String, Object> values;
    private final Set<String> fields;
    private final boolean open;

    /**
     * @param fields the published field names; with open true any field may be asked for (absent ones are empty)
     */
    public VariableObject(String name, Map<String, Object> values, Set<String> fields, boolean open) {
        this.name = name;
        this.values = values;
        this.fields = fields;
        this.open = open;
    }

    public String name() {
        return name;
    }

    public boolean publishes(String field) {
        return open || fields.contains(field);
    }

    public Object get(String field) {
        return values.get(field);
    }

    public Set<String> fields() {
        return fields;
    }

    @Override
    public String toString() {
        return "";
    }
}
