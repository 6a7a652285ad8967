package org.emailresponder.templates.spi;

import java.util.Map;

import org.emailresponder.templates.RenderContext;

/**
 * Provides one named data object to templates, contributed to {@code org.emailresponder.templates.variables} (the
 * name is the contribution's {@code name} attribute, e.g. {@code customer}). Templates reach only the fields
 * published here; values must be strings, numbers, booleans, dates, lists of these or nested maps of these. Anything
 * else is dropped, never printed. Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface VariableProvider {

    /** Wildcard field: an object whose keys are not known in advance (e.g. analysis facts). */
    String ANY_FIELD = "*";

    /** The published fields and a one-line description of each (shown to template authors). */
    Map<String, String> fields();

    /** The values for this context; null or an empty map when the provider has nothing (rendered as empty). */
    Map<String, ?> values(RenderContext context);
}
