package org.emailresponder.manager;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.search.StoreSuggestions;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.Message;
import org.emailresponder.templates.Personalizer;
import org.emailresponder.templates.RenderContext;
import org.emailresponder.templates.RenderedTemplate;
import org.emailresponder.templates.TemplateData;
import org.emailresponder.templates.TemplateEngine;
import org.emailresponder.templates.TemplateLibrary;
import org.emailresponder.templates.TemplateVariables;

/**
 * Answering a message with a template: which templates fit it (the stored suggestions, best first), the template
 * personalized for the message, and queuing the reply the agent wrote from it, so the choice is remembered. The
 * Manager's automatic acknowledgements personalize through {@link #personalize(UserSession, long, TemplateData)} too.
 */
public final class TemplateReplies {
    private final Store store;
    private final ReplyQueue replies;
    private final Personalizer personalizer;
    private final TemplateLibrary library;

    public TemplateReplies(Store store, ReplyQueue replies, Personalizer personalizer, TemplateLibrary library) {
        this.store = store;
        this.replies = replies;
        this.personalizer = personalizer;
        this.library = library;
    }

    /** With the templates' engine and the variable providers of the running platform. */
    public static TemplateReplies fromPlatform(Store store) {
        return fromPlatform(store, new ReplyQueue(store));
    }

    public static TemplateReplies fromPlatform(Store store, ReplyQueue replies) {
        TemplateEngine engine = new TemplateEngine();
        TemplateVariables variables = TemplateVariables.fromPlatform();
        return new TemplateReplies(store, replies, new Personalizer(engine, variables),
                new TemplateLibrary(store, engine, variables));
    }

    private record Answered(Long groupId, String language) {
    }

    /** The enabled templates this user may use, by folder and name. */
    public List<TemplateData> usable(UserSession session) {
        return library.visibleTo(session).stream().filter(TemplateData::enabled).toList();
    }

    /**
     * Templates for the message, best first: the stored ranking (of the templates this user may use); without one,
     * the usable templates meant for the message's group and language.
     */
    public List<TemplateData> suggested(UserSession session, long messageId) {
        Answered message = answered(session, messageId);
        List<TemplateData> usable = usable(session);
        Map<Long, TemplateData> byId = usable.stream().collect(Collectors.toMap(TemplateData::id, Function.identity()));
        List<TemplateData> ranked = store.read(em -> StoreSuggestions.storedRanking(em, messageId)).stream().map(byId::get)
                .filter(Objects::nonNull).toList();
        if (!ranked.isEmpty()) {
            return ranked;
        }
        List<TemplateData> fitting = new ArrayList<>();
        for (TemplateData t : usable) {
            boolean group = t.visibleTo().isEmpty() || t.visibleTo().contains(message.groupId());
            boolean language = t.language() == null || message.language() == null || t.language().equalsIgnoreCase(message.language());
            if (group && language) {
                fitting.add(t);
            }
        }
        return fitting;
    }

    /** The template personalized for the message as written by this user (problems are in the result). */
    public RenderedTemplate personalize(UserSession session, long messageId, TemplateData template) {
        answered(session, messageId);
        return personalizer.personalize(template, RenderContext.forMessage(store, messageId, session));
    }

    /**
     * Queues the reply (the queue checks permission and group and sets Message-ID and threading) and remembers its
     * template: the stored suggestion is marked chosen and the template's use counted. Returns the reply's id.
     */
    public long send(UserSession session, ReplyDraft draft) {
        if (draft.textBody() == null || draft.textBody().isBlank()) {
            throw new ValidationException("The reply has no text");
        }
        long id = replies.queue(session, draft);
        if (draft.templateId() != null) {
            try {
                StoreSuggestions.markChosen(store, draft.messageId(), draft.templateId());
                library.recordUse(session, draft.templateId());
            } catch (RuntimeException e) { // the reply is queued; the Manager learns the choice from it later anyway
                ILog.of(TemplateReplies.class).warn("Reply " + id + ": the choice of template " + draft.templateId()
                        + " was not recorded", e);
            }
        }
        return id;
    }

    private Answered answered(UserSession session, long messageId) {
        session.require(Permission.ANSWER_MESSAGES);
        Answered message = store.read(em -> {
            Message m = em.find(Message.class, messageId);
            return m == null ? null : new Answered(m.getGroup() == null ? null : m.getGroup().getId(), m.getLanguage());
        });
        if (message == null) {
            throw new ValidationException("There is no message " + messageId + " to answer");
        }
        session.requireGroup(message.groupId());
        return message;
    }
}
