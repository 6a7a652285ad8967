package org.emailresponder.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.PersistenceException;

import org.emailresponder.store.AuditLog;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.BlockedSender;
import org.emailresponder.store.model.Message;

/**
 * Carries out the rule action "block sender" beyond the message at hand: the sender's address joins the blocked-senders
 * list (kind ADDRESS), so the Manager sets its next messages aside at download. Runs after the routing committed, one
 * short transaction per address: a sender blocked twice, or by two Managers at once, stays one row.
 */
final class SenderBlocker {
    static final String KIND = "ADDRESS";

    private final Store store;
    private final Clock clock;

    SenderBlocker(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Adds the senders of the outcomes whose rules said "block sender"; returns how many addresses were new. */
    int blockSenders(List<RoutingOutcome> outcomes, String actor) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (RoutingOutcome outcome : outcomes) {
            RoutingDecision decision = outcome.decision();
            if (decision != null && decision.block() && !decision.spam()) {
                String address = store.read(em -> {
                    Message message = em.find(Message.class, outcome.messageId());
                    return message == null ? null : message.getFromAddress();
                });
                if (address != null && address.indexOf('@') > 0) {
                    reasons.putIfAbsent(address.strip().toLowerCase(Locale.ROOT), RoutingService.reason(decision.blockReason()));
                }
            }
        }
        int added = 0;
        for (Map.Entry<String, String> sender : reasons.entrySet()) {
            if (add(sender.getKey(), sender.getValue(), actor)) {
                added++;
            }
        }
        return added;
    }

    private boolean add(String address, String reason, String actor) {
        try {
            return store.inTransaction(em -> {
                boolean known = !em.createQuery("SELECT b.id FROM BlockedSender b WHERE b.kind = :kind AND b.pattern = :pattern", Long.class)
                        .setParameter("kind", KIND).setParameter("pattern", address).setMaxResults(1).getResultList().isEmpty();
                if (known) {
                    return false;
                }
                BlockedSender blocked = new BlockedSender();
                blocked.setKind(KIND);
                blocked.setPattern(address);
                blocked.setReason(reason.length() > 1000 ? reason.substring(0, 1000) : reason);
                blocked.setCreatedBy(actor);
                blocked.setCreatedAt(Instant.now(clock));
                em.persist(blocked);
                em.flush();
                AuditLog.record(em, actor, "blockedSender.add", "BlockedSender", blocked.getId(), KIND + " " + address + " by rule: " + reason);
                return true;
            });
        } catch (PersistenceException e) {
            return false; // another Manager added the same address a moment ago (unique kind + pattern)
        }
    }
}
