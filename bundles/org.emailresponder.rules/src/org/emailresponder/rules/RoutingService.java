package org.emailresponder.rules;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Cache;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;

import org.emailresponder.core.MessageState;
import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.rules.RoutingDecision.AutoAcknowledgement;
import org.emailresponder.rules.internal.GroupAssignment;
import org.emailresponder.rules.internal.StoredMessage;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.rules.notifications.NotificationService;
import org.emailresponder.store.AuditLog;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.Message;
import org.emailresponder.store.model.UserAccount;

/**
 * Applies the active rule set to RECEIVED/ANALYZED messages: sets group, priority, tags, explanation and state
 * (ROUTED, BLOCKED or SPAM), assigns a member when the group asks for it, and notifies every enabled member of the
 * group, all in one transaction. Without a matching rule the account's default group is used; without that the
 * message is ROUTED to no group (visible to supervisors).
 */
public final class RoutingService {
    private static final List<MessageState> ROUTABLE = List.of(MessageState.RECEIVED, MessageState.ANALYZED);
    private static final Map<String, Object> FRESH = Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS);
    private static final int MAX_TAGS = 1000;

    private final Store store;
    private final RuleSetService ruleSets;
    private final RuleEngine engine;
    private final Clock clock;

    public RoutingService(Store store, RuleSetService ruleSets, RuleEngine engine) {
        this(store, ruleSets, engine, Clock.systemUTC());
    }

    public RoutingService(Store store, RuleSetService ruleSets, RuleEngine engine, Clock clock) {
        this.store = store;
        this.ruleSets = ruleSets;
        this.engine = engine;
        this.clock = clock;
    }

    /** Routes one message; empty when it is not (or no longer) RECEIVED/ANALYZED, e.g. another Manager routed it. */
    public Optional<RoutingOutcome> route(UserSession session, long messageId) {
        session.require(Permission.RUN_MANAGER);
        Optional<RuleSet> ruleSet = ruleSets.active();
        try {
            return store.inTransaction(em -> {
                Message message = em.find(Message.class, messageId, FRESH);
                if (message == null) {
                    throw new ValidationException("Message " + messageId + " does not exist");
                }
                if (!ROUTABLE.contains(message.getState())) {
                    return Optional.<RoutingOutcome>empty();
                }
                RoutingDecision decision = engine.evaluate(ruleSet, StoredMessage.load(em, message));
                RoutingOutcome outcome = apply(em, message, decision);
                AuditLog.record(em, session.login(), "message.route", "Message", messageId,
                        outcome.state() + (outcome.groupName() == null ? "" : " to " + outcome.groupName()));
                return Optional.of(outcome);
            }).map(outcome -> {
                new SenderBlocker(store, clock).blockSenders(List.of(outcome), session.login());
                return outcome;
            });
        } catch (OptimisticLockException | RollbackException e) {
            if (e instanceof RollbackException && !(e.getCause() instanceof OptimisticLockException)) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /**
     * Routes a batch like {@link #route} does message by message, with a few queries for the whole batch and one
     * JDBC transaction for the writes. Messages that do not exist, are not RECEIVED/ANALYZED, or were changed by
     * someone else meanwhile (another Manager) are skipped: no outcome, no notification.
     */
    public List<RoutingOutcome> routeAll(UserSession session, List<Long> messageIds) {
        return routeAll(session, messageIds, Map.of());
    }

    /**
     * {@link #routeAll(UserSession, List)} with the content of (some of) the messages already read by the caller: their
     * bodies and headers are not read again.
     */
    public List<RoutingOutcome> routeAll(UserSession session, List<Long> messageIds, Map<Long, MessageContent> known) {
        session.require(Permission.RUN_MANAGER);
        if (messageIds.isEmpty()) {
            return List.of();
        }
        Optional<RuleSet> ruleSet = ruleSets.active();
        List<PlannedRouting> applied;
        try (Connection connection = store.connection()) {
            BatchPlan plan = store.read(em -> planUnchecked(em, connection, ruleSet, messageIds, known));
            try {
                connection.setAutoCommit(false);
                applied = new RoutingWriter(store.platform(), connection).write(plan.routings(), plan.changedGroups(),
                        session.login(), Instant.now(clock));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                evict(plan);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Routing " + messageIds.size() + " messages failed: " + e.getMessage(), e);
        }
        List<RoutingOutcome> outcomes = applied.stream().map(PlannedRouting::outcome).toList();
        new SenderBlocker(store, clock).blockSenders(outcomes, session.login());
        return outcomes;
    }

    private BatchPlan planUnchecked(EntityManager em, Connection connection, Optional<RuleSet> ruleSet, List<Long> messageIds,
            Map<Long, MessageContent> known) {
        try {
            return BatchLoading.plan(em, connection, engine, clock, ruleSet, messageIds, known);
        } catch (SQLException e) {
            throw new PersistenceException("Reading " + messageIds.size() + " messages to route failed: " + e.getMessage(), e);
        }
    }

    /** The entity cache must not serve the versions read before the JDBC writes. */
    private void evict(BatchPlan plan) {
        Cache cache = store.emf().getCache();
        plan.routings().forEach(r -> cache.evict(Message.class, r.messageId()));
        plan.changedGroups().forEach(g -> cache.evict(AgentGroup.class, g.getId()));
    }

    /** Routes up to {@code limit} waiting messages, oldest first. */
    public List<RoutingOutcome> routePending(UserSession session, int limit) {
        session.require(Permission.RUN_MANAGER);
        List<Long> ids = store.read(em -> em.createQuery("SELECT m.id FROM Message m WHERE m.state IN :states"
                + " ORDER BY m.receivedAt, m.id", Long.class).setParameter("states", ROUTABLE).setMaxResults(limit).getResultList());
        List<RoutingOutcome> outcomes = new ArrayList<>();
        for (long id : ids) {
            try {
                route(session, id).ifPresent(outcomes::add);
            } catch (PersistenceException e) {
                // one bad message must not stop the others; it stays waiting and is retried next time
            }
        }
        return outcomes;
    }

    private RoutingOutcome apply(EntityManager em, Message message, RoutingDecision decision) {
        List<String> notes = new ArrayList<>();
        message.setTags(mergeTags(message.getTags(), decision.tags()));
        if (decision.priority() != null) {
            message.setPriority(decision.priority());
        }
        if (decision.spam() || decision.block()) {
            message.setState(decision.spam() ? MessageState.SPAM : MessageState.BLOCKED);
            message.setStateReason(decision.spam() ? "marked as spam by rules" : reason(decision.blockReason()));
            message.setRoutingExplanation(decision.explanation());
            return outcome(message, null, 0, null, decision);
        }
        AgentGroup group = targetGroup(em, message, decision, notes);
        UserAccount assignee = group == null ? null : assignee(em, group, decision.userLogin(), notes);
        message.setGroup(group);
        message.setAssignee(assignee);
        message.setState(MessageState.ROUTED);
        String ack = acknowledgement(em, message, decision.autoAcknowledge(), notes);
        message.setRoutingExplanation(explanation(decision, group, assignee, notes));
        int notified = group == null ? 0 : notify(em, message, group, assignee);
        return outcome(message, assignee, notified, ack, decision);
    }

    private AgentGroup targetGroup(EntityManager em, Message message, RoutingDecision decision, List<String> notes) {
        if (decision.groupName() != null) {
            List<AgentGroup> named = em.createQuery("SELECT g FROM AgentGroup g WHERE LOWER(g.name) = :name", AgentGroup.class)
                    .setParameter("name", decision.groupName().toLowerCase(java.util.Locale.ROOT)).getResultList();
            if (!named.isEmpty() && named.get(0).isEnabled()) {
                return named.get(0);
            }
            notes.add("group '" + decision.groupName() + "' " + (named.isEmpty() ? "does not exist" : "is disabled"));
        }
        AgentGroup fallback = message.getAccount() == null ? null : message.getAccount().getDefaultGroup();
        if (fallback != null && fallback.isEnabled()) {
            notes.add("routed to the default group of account '" + message.getAccount().getName() + "'");
            return fallback;
        }
        notes.add("no group: waiting for a supervisor");
        return null;
    }

    private static UserAccount assignee(EntityManager em, AgentGroup group, String login, List<String> notes) {
        if (login != null) {
            Optional<UserAccount> named = GroupAssignment.enabledMembers(group).stream()
                    .filter(u -> u.getLogin().equalsIgnoreCase(login)).findFirst();
            if (named.isPresent()) {
                return named.get();
            }
            notes.add("user '" + login + "' is not an enabled member of '" + group.getName() + "'");
        }
        return GroupAssignment.choose(em, group);
    }

    /** The template to acknowledge with, unless the sender already got as many automatic replies as allowed. */
    private String acknowledgement(EntityManager em, Message message, AutoAcknowledgement ack, List<String> notes) {
        if (ack == null || message.getFromAddress() == null) {
            return null;
        }
        Instant since = Instant.now(clock).minus(Duration.ofHours(Math.max(1, ack.periodHours())));
        long sent = em.createQuery("SELECT COUNT(r) FROM Reply r WHERE r.automatic = true AND LOWER(r.toAddresses) = :to"
                + " AND r.queuedAt > :since", Long.class).setParameter("to", message.getFromAddress().toLowerCase(java.util.Locale.ROOT))
                .setParameter("since", since).getSingleResult();
        if (sent >= ack.maxPerSender()) {
            notes.add("no acknowledgement: " + sent + " automatic repl(ies) to this sender in the last " + ack.periodHours() + " h");
            return null;
        }
        return ack.templateName();
    }

    private int notify(EntityManager em, Message message, AgentGroup group, UserAccount assignee) {
        Instant now = Instant.now(clock);
        String subject = message.getSubject() == null ? "(no subject)" : message.getSubject();
        List<UserAccount> others = GroupAssignment.enabledMembers(group).stream().filter(u -> u != assignee).toList();
        int count = NotificationService.notifyUsers(em, others, message, NotificationService.ROUTED,
                "New message in " + group.getName() + ": " + subject, now);
        if (assignee != null) {
            count += NotificationService.notifyUsers(em, List.of(assignee), message, NotificationService.ASSIGNED,
                    "Assigned to you in " + group.getName() + ": " + subject, now);
        }
        return count;
    }

    static String explanation(RoutingDecision decision, AgentGroup group, UserAccount assignee, List<String> notes) {
        StringBuilder text = new StringBuilder(decision.explanation());
        notes.forEach(n -> text.append("\nNote: ").append(n));
        text.append("\nResult: ").append(group == null ? "no group" : "group '" + group.getName() + "'");
        if (assignee != null) {
            text.append(", assigned to ").append(assignee.getLogin());
        }
        return text.toString();
    }

    private static RoutingOutcome outcome(Message message, UserAccount assignee, int notified, String ack, RoutingDecision decision) {
        AgentGroup group = message.getGroup();
        return new RoutingOutcome(message.getId(), message.getState(), group == null ? null : group.getId(),
                group == null ? null : group.getName(), assignee == null ? null : assignee.getLogin(), notified, ack,
                decision.suggestedTemplates(), decision);
    }

    static String reason(String blockReason) {
        return blockReason == null || blockReason.isBlank() ? "sender blocked by rules" : blockReason;
    }

    static String mergeTags(String existing, List<String> added) {
        Set<String> tags = new LinkedHashSet<>();
        if (existing != null && !existing.isBlank()) {
            tags.addAll(List.of(existing.split("\\s*,\\s*")));
        }
        tags.addAll(added);
        String joined = String.join(",", tags);
        return joined.isEmpty() ? null : joined.substring(0, Math.min(joined.length(), MAX_TAGS));
    }
}
