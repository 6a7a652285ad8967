package org.emailresponder.store;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.emailresponder.store.model.AuditEvent;

/** Writes audit events inside the caller's transaction, so an event exists exactly when its change does. */
public final class AuditLog {
    private static final int MAX_DETAILS = 4000;

    private AuditLog() {
    }

    public static void record(EntityManager em, String actor, String action, String entityType, Long entityId, String details) {
        AuditEvent event = new AuditEvent();
        event.setAtTime(Instant.now());
        event.setActor(actor);
        event.setAction(action);
        event.setEntityType(entityType);
        event.setEntityId(entityId);
        event.setDetails(details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS));
        em.persist(event);
    }
}
