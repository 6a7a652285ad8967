package org.emailresponder.templates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.Template;

/**
 * The template library. Everyone who answers messages sees the enabled templates visible to one of their groups (a
 * template visible to no group is visible to all); users who may read all groups or manage templates see every
 * template. Creating, changing and deleting needs {@link Permission#MANAGE_TEMPLATES}; a template is saved only
 * when it validates (syntax, known variables and fields).
 */
public final class TemplateLibrary {
    private final Store store;
    private final TemplateEngine engine;
    private final TemplateVariables variables;

    public TemplateLibrary(Store store, TemplateEngine engine, TemplateVariables variables) {
        this.store = store;
        this.engine = engine;
        this.variables = variables;
    }

    /** Templates this user may use, ordered by folder and name. */
    public List<TemplateData> visibleTo(UserSession session) {
        session.require(Permission.ANSWER_MESSAGES);
        boolean all = session.may(Permission.READ_ALL_GROUPS) || session.may(Permission.MANAGE_TEMPLATES);
        return store.read(em -> {
            List<Template> templates = em.createQuery("SELECT t FROM Template t ORDER BY t.folder, t.name, t.id", Template.class)
                    .getResultList();
            List<TemplateData> visible = new ArrayList<>();
            for (Template t : templates) {
                TemplateData data = TemplateMapping.toData(t);
                if (all || (t.isEnabled() && visibleToGroups(data, session))) {
                    visible.add(data);
                }
            }
            return visible;
        });
    }

    public Optional<TemplateData> find(UserSession session, long id) {
        session.require(Permission.ANSWER_MESSAGES);
        return visibleTo(session).stream().filter(t -> t.id() == id).findFirst();
    }

    /** Creates (id null) or updates a template after validating it. */
    public TemplateData save(UserSession session, TemplateData template) {
        session.require(Permission.MANAGE_TEMPLATES);
        if (template.name() == null || template.name().isBlank() || template.name().length() > 300) {
            throw new ValidationException("A template needs a name of at most 300 characters");
        }
        List<TemplateProblem> problems = engine.validate(template, variables.catalog());
        if (!problems.isEmpty()) {
            throw new TemplateValidationException(problems);
        }
        return store.inTransaction(em -> {
            Template entity = template.id() == null ? newTemplate() : existing(em, template.id());
            TemplateMapping.copy(template, entity);
            entity.getVisibleTo().clear();
            entity.getVisibleTo().addAll(groups(em, template.visibleTo()));
            entity.setUpdatedBy(session.login());
            entity.setUpdatedAt(Instant.now());
            if (template.id() == null) {
                em.persist(entity);
            }
            em.flush();
            return TemplateMapping.toData(entity);
        });
    }

    public void delete(UserSession session, long id) {
        session.require(Permission.MANAGE_TEMPLATES);
        store.run(em -> {
            Template entity = existing(em, id);
            em.createQuery("UPDATE Reply r SET r.template = NULL WHERE r.template = :t").setParameter("t", entity).executeUpdate();
            em.createQuery("DELETE FROM TemplateSuggestion s WHERE s.template = :t").setParameter("t", entity).executeUpdate();
            em.createQuery("DELETE FROM TemplateAttachment a WHERE a.template = :t").setParameter("t", entity).executeUpdate();
            entity.getVisibleTo().clear();
            em.remove(entity);
        });
    }

    /** Counts one use (an agent replied with it); atomic, so concurrent agents are all counted. */
    public void recordUse(UserSession session, long id) {
        session.require(Permission.ANSWER_MESSAGES);
        int updated = store.inTransaction(em -> em.createQuery("UPDATE Template t SET t.usageCount = t.usageCount + 1 WHERE t.id = :id")
                .setParameter("id", id).executeUpdate());
        if (updated == 0) {
            throw new ValidationException("Template " + id + " does not exist (any more)");
        }
    }

    static boolean visibleToGroups(TemplateData t, UserSession session) {
        return t.visibleTo().isEmpty() || t.visibleTo().stream().anyMatch(session.groupIds()::contains);
    }

    static Template existing(EntityManager em, long id) {
        Template entity = em.find(Template.class, id);
        if (entity == null) {
            throw new ValidationException("Template " + id + " does not exist (any more)");
        }
        return entity;
    }

    private static Template newTemplate() {
        Template t = new Template();
        t.setUsageCount(0);
        return t;
    }

    private static Set<AgentGroup> groups(EntityManager em, Set<Long> ids) {
        Set<AgentGroup> groups = new HashSet<>();
        for (Long id : ids) {
            AgentGroup g = em.find(AgentGroup.class, id);
            if (g == null) {
                throw new ValidationException("Group " + id + " does not exist");
            }
            groups.add(g);
        }
        return groups;
    }
}
