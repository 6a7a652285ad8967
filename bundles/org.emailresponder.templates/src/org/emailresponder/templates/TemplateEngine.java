package org.emailresponder.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.emailresponder.templates.internal.OutputPart;
import org.emailresponder.templates.internal.SafeValues;
import org.emailresponder.templates.internal.StEngine;
import org.emailresponder.templates.internal.VariableObject;
import org.emailresponder.templates.spi.VariableProvider;

/**
 * Renders and validates templates (StringTemplate 4, {@code $...$}). Templates see only published variables and
 * their fields; values are HTML-escaped in HTML bodies and stripped of line breaks in the subject. Thread-safe; share
 * one instance (compiled templates are cached).
 */
public final class TemplateEngine {
    private final StEngine st = new StEngine();

    /**
     * Renders with values given directly (previews, tests): each value is a map of fields, a string, a number, a
     * date or a list; other objects render as nothing.
     */
    public RenderedTemplate render(TemplateData template, Map<String, ?> values, Locale locale) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, value instanceof Map<?, ?> map
                ? SafeValues.object(name, map, locale, 0) : SafeValues.sanitize(value, locale)));
        return renderVariables(template, variables, locale);
    }

    RenderedTemplate renderVariables(TemplateData template, Map<String, Object> variables, Locale locale) {
        List<TemplateProblem> problems = new ArrayList<>();
        String subject = st.render(OutputPart.HEADER, template.subject(), variables, locale, problems);
        String text = st.render(OutputPart.TEXT, template.bodyText(), variables, locale, problems);
        String html = st.render(OutputPart.HTML, template.bodyHtml(), variables, locale, problems);
        return new RenderedTemplate(subject == null ? "" : subject, text == null ? "" : text, html, problems);
    }

    /**
     * Problems of a template: syntax errors, unknown variables and unknown fields, each with part, line and column.
     *
     * @param catalog variable name to its published fields (see {@link TemplateVariables#catalog()})
     */
    public List<TemplateProblem> validate(TemplateData template, Map<String, Map<String, String>> catalog) {
        List<TemplateProblem> problems = new ArrayList<>();
        Map<String, Object> probes = probes(catalog);
        check(OutputPart.HEADER, template.subject(), probes, problems);
        check(OutputPart.TEXT, template.bodyText(), probes, problems);
        check(OutputPart.HTML, template.bodyHtml(), probes, problems);
        return problems;
    }

    private void check(OutputPart part, String text, Map<String, Object> probes, List<TemplateProblem> problems) {
        if (text == null || text.isEmpty()) {
            return;
        }
        List<TemplateProblem> compile = st.compileProblems(part, text);
        if (!compile.isEmpty()) {
            problems.addAll(compile);
            return;
        }
        st.render(part, text, probes, Locale.ROOT, problems);
    }

    /** Stand-ins with every published field set, so rendering reports exactly the unpublished names. */
    private static Map<String, Object> probes(Map<String, Map<String, String>> catalog) {
        Map<String, Object> probes = new HashMap<>();
        catalog.forEach((name, fields) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String field : fields.keySet()) {
                if (field.endsWith(".*")) {
                    String nested = field.substring(0, field.length() - 2);
                    values.put(nested, new VariableObject(nested, Map.of(), Set.of(), true));
                } else if (!field.equals(VariableProvider.ANY_FIELD)) {
                    values.put(field, "x");
                }
            }
            probes.put(name, new VariableObject(name, values, values.keySet(), fields.containsKey(VariableProvider.ANY_FIELD)));
        });
        return probes;
    }
}
