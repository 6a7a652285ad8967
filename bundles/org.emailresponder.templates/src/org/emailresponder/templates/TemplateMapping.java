package org.emailresponder.templates;

import java.util.stream.Collectors;

import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.Template;

/** Copies between the Template entity and {@link TemplateData}. */
final class TemplateMapping {
    private TemplateMapping() {
    }

    static TemplateData toData(Template t) {
        return new TemplateData(t.getId(), t.getFolder(), t.getName(), t.getLanguage(), t.getSubject(), t.getBodyText(),
                t.getBodyHtml(), t.getVisibleTo().stream().map(AgentGroup::getId).collect(Collectors.toSet()), t.isEnabled(),
                t.getUsageCount());
    }

    static void copy(TemplateData d, Template t) {
        t.setFolder(blankToNull(d.folder()));
        t.setName(d.name().strip());
        t.setLanguage(blankToNull(d.language()));
        t.setSubject(d.subject());
        t.setBodyText(d.bodyText());
        t.setBodyHtml(blankToNull(d.bodyHtml()));
        t.setEnabled(d.enabled());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
