package org.emailresponder.templates;

import java.util.List;

/**
 * A personalized reply. The subject holds no line breaks; the HTML body has every value HTML-escaped.
 *
 * @param html null when the template has no HTML body
 * @param problems runtime problems (unknown variables or fields rendered as empty), for the agent to review
 */
public record RenderedTemplate(String subject, String text, String html, List<TemplateProblem> problems) {
    public RenderedTemplate {
        problems = List.copyOf(problems);
    }
}
