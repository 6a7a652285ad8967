package org.emailresponder.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.emailresponder.core.MessageState;
import org.emailresponder.rules.RoutableMessage.Attachment;
import org.emailresponder.rules.RoutableMessage.Fact;
import org.emailresponder.rules.internal.StoredMessage;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.Message;

/** Loads a batch for routing with a few queries per 500 messages (messages, facts, attachments) and plans it. */
final class BatchLoading {
    private static final int CHUNK = 500;
    private static final List<MessageState> ROUTABLE = List.of(MessageState.RECEIVED, MessageState.ANALYZED);

    private BatchLoading() {
    }

    static BatchPlan plan(EntityManager em, RuleEngine engine, Clock clock, Optional<RuleSet> ruleSet, List<Long> ids) {
        List<AgentGroup> groups = fresh(em.createQuery("SELECT g FROM AgentGroup g", AgentGroup.class)).getResultList();
        BatchPlanner planner = new BatchPlanner(em, engine, clock, groups);
        List<PlannedRouting> routings = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (StoredMessage message : load(em, ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                routings.add(planner.plan(ruleSet, message));
            }
        }
        return new BatchPlan(routings, planner.changedGroups());
    }

    /** The routable messages among {@code ids}, in the order of {@code ids}. */
    private static List<StoredMessage> load(EntityManager em, List<Long> ids) {
        TypedQuery<Message> query = fresh(em.createQuery("SELECT m FROM Message m WHERE m.id IN :ids AND m.state IN :states",
                Message.class)).setParameter("ids", ids).setParameter("states", ROUTABLE);
        query.setHint("eclipselink.batch.type", "IN");
        query.setHint("eclipselink.batch", "m.contact");
        query.setHint("eclipselink.batch", "m.account");
        Map<Long, Message> messages = new HashMap<>();
        query.getResultList().forEach(m -> messages.put(m.getId(), m));
        Map<Long, List<Fact>> facts = new HashMap<>();
        em.createQuery("SELECT f.message.id, f.factKey, f.factValue, f.confidence FROM MessageFact f WHERE f.message.id IN :ids"
                + " ORDER BY f.id", Object[].class).setParameter("ids", ids).getResultList().forEach(r -> facts
                        .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new Fact((String) r[1], (String) r[2], ((Number) r[3]).doubleValue())));
        Map<Long, List<Attachment>> attachments = new HashMap<>();
        em.createQuery("SELECT a.message.id, a.fileName, a.contentType, a.sizeBytes FROM Attachment a WHERE a.message.id IN :ids"
                + " ORDER BY a.id", Object[].class).setParameter("ids", ids).getResultList().forEach(r -> attachments
                        .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new Attachment((String) r[1], (String) r[2], ((Number) r[3]).longValue())));
        List<StoredMessage> loaded = new ArrayList<>();
        for (long id : ids) {
            Message message = messages.get(id);
            if (message != null) {
                loaded.add(StoredMessage.of(message, facts.getOrDefault(id, List.of()), attachments.getOrDefault(id, List.of())));
            }
        }
        return loaded;
    }

    private static <T> TypedQuery<T> fresh(TypedQuery<T> query) {
        return query.setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .setHint("eclipselink.refresh", "true");
    }
}
