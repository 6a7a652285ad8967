package org.emailresponder.search;

import java.util.Set;

/**
 * A template as the suggester sees it.
 *
 * @param language  language code such as "en", null or empty for templates usable in any language
 * @param groupIds  groups that may use it; empty means every group (as in er_template_group)
 */
public record TemplateEntry(long id, String name, String subject, String body, String language, Set<Long> groupIds) {

    public TemplateEntry {
        name = name == null ? "" : name;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        language = language == null ? "" : language.trim().toLowerCase(java.util.Locale.ROOT);
        groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
    }

    boolean usableFor(String messageLanguage, Long groupId) {
        boolean languageOk = language.isEmpty() || messageLanguage == null || messageLanguage.isBlank()
                || language.equalsIgnoreCase(messageLanguage.trim());
        boolean groupOk = groupIds.isEmpty() || groupId == null || groupIds.contains(groupId);
        return languageOk && groupOk;
    }
}
