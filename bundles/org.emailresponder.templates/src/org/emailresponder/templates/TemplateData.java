package org.emailresponder.templates;

import java.util.Set;

/**
 * A reply template as services exchange it. Subject and bodies are StringTemplate 4 text with {@code $...$}
 * delimiters, e.g. {@code Dear $customer.firstName; null="customer"$}.
 *
 * @param id null for a template not stored yet
 * @param visibleTo ids of the groups that may use it; empty means every group
 */
public record TemplateData(Long id, String folder, String name, String language, String subject, String bodyText,
        String bodyHtml, Set<Long> visibleTo, boolean enabled, long usageCount) {

    public TemplateData {
        visibleTo = visibleTo == null ? Set.of() : Set.copyOf(visibleTo);
    }

    /** A new enabled template for all groups. */
    public static TemplateData of(String folder, String name, String language, String subject, String bodyText, String bodyHtml) {
        return new TemplateData(null, folder, name, language, subject, bodyText, bodyHtml, Set.of(), true, 0);
    }

    public TemplateData withVisibleTo(Set<Long> groups) {
        return new TemplateData(id, folder, name, language, subject, bodyText, bodyHtml, groups, enabled, usageCount);
    }

    public TemplateData withBodies(String newSubject, String newText, String newHtml) {
        return new TemplateData(id, folder, name, language, newSubject, newText, newHtml, visibleTo, enabled, usageCount);
    }
}
