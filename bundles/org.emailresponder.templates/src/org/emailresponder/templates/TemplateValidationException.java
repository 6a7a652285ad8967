package org.emailresponder.templates;

import java.util.List;
import java.util.stream.Collectors;

import org.emailresponder.core.ValidationException;

/** A template was not saved because of these problems (each with part, line and column). */
public class TemplateValidationException extends ValidationException {
    private static final long serialVersionUID = 1L;

    private final transient List<TemplateProblem> problems;

    public TemplateValidationException(List<TemplateProblem> problems) {
        super("The template has errors:\n" + problems.stream().map(TemplateProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
