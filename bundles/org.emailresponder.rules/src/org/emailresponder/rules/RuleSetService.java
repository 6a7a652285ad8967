package org.emailresponder.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.store.AuditLog;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.RuleSetRevision;

/**
 * Rule sets versioned in the database: every save is a new revision; exactly one revision (of any name) is
 * active and used for routing. Changes need MANAGE_RULES and are audited.
 */
public final class RuleSetService {
    private static final String ENTITY = "RuleSet";

    private final Store store;
    private final Clock clock;
    private volatile CachedRuleSet activeCache;

    private record CachedRuleSet(long revisionId, RuleSet ruleSet) {
    }

    public RuleSetService(Store store) {
        this(store, Clock.systemUTC());
    }

    public RuleSetService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Validates and stores the rule set as the next revision of its name (not yet active). */
    public RuleSetRevisionInfo save(UserSession session, RuleSet ruleSet, String comment) {
        session.require(Permission.MANAGE_RULES);
        RuleSets.requireValid(ruleSet);
        String xmi = RuleSets.toXmi(ruleSet);
        return store.inTransaction(em -> {
            Integer last = em.createQuery("SELECT MAX(r.revision) FROM RuleSetRevision r WHERE r.name = :name", Integer.class)
                    .setParameter("name", ruleSet.getName()).getSingleResult();
            RuleSetRevision revision = new RuleSetRevision();
            revision.setName(ruleSet.getName());
            revision.setRevision(last == null ? 1 : last + 1);
            revision.setXmi(xmi);
            revision.setActive(false);
            revision.setCommentText(comment);
            revision.setCreatedBy(session.login());
            revision.setCreatedAt(Instant.now(clock));
            em.persist(revision);
            em.flush();
            AuditLog.record(em, session.login(), "rules.save", ENTITY, revision.getId(),
                    ruleSet.getName() + " revision " + revision.getRevision() + (comment == null ? "" : ": " + comment));
            return info(revision);
        });
    }

    /** Makes one revision the active rule set; every other revision becomes inactive. */
    public RuleSetRevisionInfo activate(UserSession session, String name, int revision) {
        session.require(Permission.MANAGE_RULES);
        return store.inTransaction(em -> {
            RuleSetRevision target = find(em, name, revision);
            em.createQuery("UPDATE RuleSetRevision r SET r.active = false WHERE r.active = true").executeUpdate();
            em.createQuery("UPDATE RuleSetRevision r SET r.active = true WHERE r.id = :id").setParameter("id", target.getId())
                    .executeUpdate();
            AuditLog.record(em, session.login(), "rules.activate", ENTITY, target.getId(), name + " revision " + revision);
            return new RuleSetRevisionInfo(target.getId(), name, revision, true, target.getCreatedBy(), target.getCreatedAt(),
                    target.getCommentText());
        });
    }

    /** All revisions of a name, newest first (empty name: of all rule sets). */
    public List<RuleSetRevisionInfo> history(UserSession session, String name) {
        session.require(Permission.MANAGE_RULES);
        boolean all = name == null || name.isBlank();
        // plain projections: EclipseLink resolves constructor-query classes with the store bundle's class loader
        String jpql = "SELECT r.id, r.name, r.revision, r.active, r.createdBy, r.createdAt, r.commentText FROM RuleSetRevision r"
                + (all ? "" : " WHERE r.name = :name") + " ORDER BY r.name, r.revision DESC";
        List<Object[]> rows = store.read(em -> {
            var query = em.createQuery(jpql, Object[].class);
            return all ? query.getResultList() : query.setParameter("name", name).getResultList();
        });
        return rows.stream().map(r -> new RuleSetRevisionInfo((Long) r[0], (String) r[1], (Integer) r[2], (Boolean) r[3],
                (String) r[4], (Instant) r[5], (String) r[6])).toList();
    }

    public RuleSet load(UserSession session, String name, int revision) {
        session.require(Permission.MANAGE_RULES);
        return RuleSets.fromXmi(store.read(em -> find(em, name, revision).getXmi()));
    }

    /** The active rule set for routing (parsed again only when another revision became active); empty when none is. */
    public Optional<RuleSet> active() {
        List<Long> ids = store.read(em -> em.createQuery("SELECT r.id FROM RuleSetRevision r WHERE r.active = true", Long.class)
                .getResultList());
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long id = ids.get(0);
        CachedRuleSet cached = activeCache;
        if (cached == null || cached.revisionId() != id) {
            String xmi = store.read(em -> em.find(RuleSetRevision.class, id).getXmi());
            cached = new CachedRuleSet(id, RuleSets.fromXmi(xmi));
            activeCache = cached;
        }
        return Optional.of(cached.ruleSet());
    }

    public void exportTo(UserSession session, String name, int revision, Path file) throws IOException {
        RuleSets.save(load(session, name, revision), file);
    }

    /** Reads an XMI file and saves it as a new revision (not active). */
    public RuleSetRevisionInfo importFrom(UserSession session, Path file, String comment) throws IOException {
        session.require(Permission.MANAGE_RULES);
        return save(session, RuleSets.load(file), comment);
    }

    private static RuleSetRevision find(EntityManager em, String name, int revision) {
        return em.createQuery("SELECT r FROM RuleSetRevision r WHERE r.name = :name AND r.revision = :revision", RuleSetRevision.class)
                .setParameter("name", name).setParameter("revision", revision).getResultStream().findFirst()
                .orElseThrow(() -> new ValidationException("There is no revision " + revision + " of rule set '" + name + "'"));
    }

    private static RuleSetRevisionInfo info(RuleSetRevision r) {
        return new RuleSetRevisionInfo(r.getId(), r.getName(), r.getRevision(), r.isActive(), r.getCreatedBy(), r.getCreatedAt(),
                r.getCommentText());
    }
}
