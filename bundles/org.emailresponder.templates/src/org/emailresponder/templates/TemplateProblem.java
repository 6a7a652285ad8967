package org.emailresponder.templates;

/**
 * Something wrong in a template.
 *
 * @param part "subject", "text" or "html"
 * @param line 1-based line in that part (0 when unknown)
 * @param column 1-based column in that line (0 when unknown)
 */
public record TemplateProblem(String part, int line, int column, String message) {
    @Override
    public String toString() {
        return part + " " + line + ":" + column + ": " + message;
    }
}
