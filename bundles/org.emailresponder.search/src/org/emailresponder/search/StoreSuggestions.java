package org.emailresponder.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.emailresponder.store.Store;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.Message;
import org.emailresponder.store.model.Template;
import org.emailresponder.store.model.TemplateSuggestion;

import jakarta.persistence.EntityManager;

/** Connects the {@link TemplateSuggester} to the database: loading templates and past choices, storing rankings. */
public final class StoreSuggestions {
    private static final int BATCH = 500;

    private StoreSuggestions() {
    }

    /**
     * Fills the suggester with the enabled templates and with every sent or queued reply that used a template
     * (its message counts as a recorded choice). Returns the number of choices loaded.
     */
    public static int load(Store store, TemplateSuggester suggester) {
        List<TemplateEntry> templates = store.read(em -> em
                .createQuery("select t from Template t where t.enabled = true order by t.id", Template.class)
                .getResultList().stream().map(StoreSuggestions::entry).toList());
        templates.forEach(suggester::putTemplate);
        return loadChoices(store, suggester);
    }

    private static TemplateEntry entry(Template t) {
        Set<Long> groups = new HashSet<>();
        for (AgentGroup g : t.getVisibleTo()) {
            groups.add(g.getId());
        }
        return new TemplateEntry(t.getId(), t.getName(), t.getSubject(), t.getBodyText(), t.getLanguage(), groups);
    }

    private static int loadChoices(Store store, TemplateSuggester suggester) {
        long after = Long.MIN_VALUE;
        int count = 0;
        while (true) {
            long from = after;
            List<Object[]> rows = store.read(em -> em.createQuery("select r.id, t.id, m.subject, m.textBody,"
                    + " m.fromAddress, m.fromName from Reply r join r.template t join r.message m"
                    + " where r.id > :after order by r.id", Object[].class).setParameter("after", from)
                    .setMaxResults(BATCH).getResultList());
            if (rows.isEmpty()) {
                return count;
            }
            for (Object[] r : rows) {
                suggester.recordChoice(new MessageText((String) r[2], (String) r[3], (String) r[4], (String) r[5]),
                        (Long) r[1]);
            }
            count += rows.size();
            after = (Long) rows.get(rows.size() - 1)[0];
        }
    }

    /** Replaces the stored suggestions of a message with these, ranked 1..n. Call inside a transaction. */
    public static void save(EntityManager em, long messageId, List<Suggestion> suggestions) {
        em.createQuery("delete from TemplateSuggestion s where s.message.id = :m").setParameter("m", messageId)
                .executeUpdate();
        Message message = em.getReference(Message.class, messageId);
        int rank = 1;
        for (Suggestion suggestion : suggestions) {
            TemplateSuggestion row = new TemplateSuggestion();
            row.setMessage(message);
            row.setTemplate(em.getReference(Template.class, suggestion.templateId()));
            row.setRankNo(rank++);
            row.setScore(suggestion.score());
            em.persist(row);
        }
    }

    /** {@link #save(EntityManager, long, List)} in its own transaction. */
    public static void save(Store store, long messageId, List<Suggestion> suggestions) {
        store.run(em -> save(em, messageId, suggestions));
    }

    /** {@link #markChosen(EntityManager, long, long)} in its own transaction. */
    public static boolean markChosen(Store store, long messageId, long templateId) {
        return store.inTransaction(em -> markChosen(em, messageId, templateId));
    }

    /** Marks the suggestion the agent picked; returns false if that template was not among the stored ones. */
    public static boolean markChosen(EntityManager em, long messageId, long templateId) {
        return em.createQuery("update TemplateSuggestion s set s.chosen = true"
                + " where s.message.id = :m and s.template.id = :t").setParameter("m", messageId)
                .setParameter("t", templateId).executeUpdate() > 0;
    }

    /** The stored ranking of a message: template ids, best first. */
    public static List<Long> storedRanking(EntityManager em, long messageId) {
        return em.createQuery("select s.template.id from TemplateSuggestion s where s.message.id = :m"
                + " order by s.rankNo", Long.class).setParameter("m", messageId).getResultList();
    }
}
