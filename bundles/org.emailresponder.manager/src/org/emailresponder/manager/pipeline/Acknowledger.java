package org.emailresponder.manager.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.manager.ReplyDraft;
import org.emailresponder.manager.ReplyQueue;
import org.emailresponder.manager.TemplateReplies;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.Template;
import org.emailresponder.templates.RenderedTemplate;
import org.emailresponder.templates.TemplateData;

/**
 * Queues the automatic acknowledgement a rule asked for: the named template personalized for the message, queued as an
 * automatic reply (the queue adds the loop guard; routing already applied the rule's per-sender limit).
 */
final class Acknowledger {
    private final Store store;
    private final ReplyQueue replies;
    private final TemplateReplies templates;

    Acknowledger(Store store, ReplyQueue replies, TemplateReplies templates) {
        this.store = store;
        this.replies = replies;
        this.templates = templates;
    }

    /** The id of the queued reply, or empty when the template is missing or the loop guard refused. */
    Optional<Long> acknowledge(long messageId, String templateName) {
        Optional<TemplateData> template = template(templateName);
        if (template.isEmpty()) {
            ILog.of(Acknowledger.class).warn("No acknowledgement for message " + messageId + ": there is no enabled template '"
                    + templateName + "'");
            return Optional.empty();
        }
        RenderedTemplate rendered = templates.personalize(UserSession.MANAGER_SERVICE, messageId, template.get());
        String subject = rendered.subject().isBlank() ? null : rendered.subject();
        try {
            return Optional.of(replies.queue(UserSession.MANAGER_SERVICE, new ReplyDraft(messageId, null, null, null, subject,
                    rendered.text(), rendered.html(), template.get().id(), true)));
        } catch (ValidationException refused) {
            ILog.of(Acknowledger.class).info("No acknowledgement for message " + messageId + ": " + refused.getMessage());
            return Optional.empty();
        }
    }

    private Optional<TemplateData> template(String name) {
        List<Template> found = store.read(em -> em.createQuery("SELECT t FROM Template t WHERE t.name = :name AND t.enabled = true"
                + " ORDER BY t.id", Template.class).setParameter("name", name).setMaxResults(1).getResultList());
        return found.stream().findFirst().map(t -> new TemplateData(t.getId(), t.getFolder(), t.getName(), t.getLanguage(),
                t.getSubject(), t.getBodyText(), t.getBodyHtml(), Set.of(), t.isEnabled(), t.getUsageCount()));
    }
}
