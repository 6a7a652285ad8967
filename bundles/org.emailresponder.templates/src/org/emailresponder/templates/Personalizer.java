package org.emailresponder.templates;

import java.util.Locale;
import java.util.Map;

/**
 * Personalizes templates for a reply: collects the variables of every provider for the context once, then renders.
 * This is what the reply editor calls after an agent picks a template.
 */
public final class Personalizer {
    private final TemplateEngine engine;
    private final TemplateVariables variables;

    public Personalizer(TemplateEngine engine, TemplateVariables variables) {
        this.engine = engine;
        this.variables = variables;
    }

    public RenderedTemplate personalize(TemplateData template, RenderContext context) {
        return engine.renderVariables(template, variables.collect(context), context.locale());
    }

    /** The variables for a context, to render several templates (e.g. previews of suggestions) without reloading. */
    public Map<String, Object> collect(RenderContext context) {
        return variables.collect(context);
    }

    /** Renders with variables from {@link #collect(RenderContext)}. */
    public RenderedTemplate render(TemplateData template, Map<String, Object> collected, Locale locale) {
        return engine.renderVariables(template, collected, locale);
    }
}
