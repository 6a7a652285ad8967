package org.emailresponder.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.emailresponder.core.MessageState;
import org.emailresponder.rules.PlannedRouting.PlannedNotification;
import org.emailresponder.rules.RoutingDecision.AutoAcknowledgement;
import org.emailresponder.rules.internal.GroupAssignment;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.rules.notifications.NotificationService;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.UserAccount;

/**
 * Decides, in memory, what routing does to a batch of loaded messages, exactly as {@link RoutingService#route} does one
 * by one: groups are looked up once, round-robin state and least-loaded counts advance within the batch, and the
 * acknowledgement rate limit counts the acknowledgements granted earlier in the batch.
 */
final class BatchPlanner {
    private final EntityManager em;
    private final RuleEngine engine;
    private final Clock clock;
    private final Map<String, AgentGroup> groupsByName = new HashMap<>();
    private final Map<Long, AgentGroup> groupsById = new HashMap<>();
    private final Map<Long, Long> storedOpen = new HashMap<>();
    private final Map<Long, Long> assignedInBatch = new HashMap<>();
    private final Map<String, Long> acknowledgementsBySender = new HashMap<>();
    private final Map<Long, AgentGroup> changedGroups = new LinkedHashMap<>();
    private final Map<Long, BatchMessage.Account> accounts;

    BatchPlanner(EntityManager em, RuleEngine engine, Clock clock, List<AgentGroup> groups, Map<Long, BatchMessage.Account> accounts) {
        this.em = em;
        this.engine = engine;
        this.clock = clock;
        this.accounts = accounts;
        for (AgentGroup group : groups) {
            groupsByName.put(group.getName().toLowerCase(Locale.ROOT), group);
            groupsById.put(group.getId(), group);
        }
    }

    PlannedRouting plan(Optional<RuleSet> ruleSet, BatchMessage message) {
        RoutingDecision decision = engine.evaluate(ruleSet, message.view());
        String tags = RoutingService.mergeTags(message.tags(), decision.tags());
        int priority = decision.priority() != null ? decision.priority() : message.priority();
        if (decision.spam() || decision.block()) {
            MessageState state = decision.spam() ? MessageState.SPAM : MessageState.BLOCKED;
            String reason = decision.spam() ? "marked as spam by rules" : RoutingService.reason(decision.blockReason());
            RoutingOutcome outcome = new RoutingOutcome(message.id(), state, null, null, null, 0, null,
                    decision.suggestedTemplates(), decision);
            return new PlannedRouting(message.id(), message.version(), state, reason, message.groupId(), message.assigneeId(),
                    priority, tags, decision.explanation(), List.of(), state.toString(), outcome);
        }
        List<String> notes = new ArrayList<>();
        AgentGroup group = targetGroup(message, decision, notes);
        UserAccount assignee = group == null ? null : assignee(group, decision.userLogin(), notes);
        String ack = acknowledgement(message, decision.autoAcknowledge(), notes);
        List<PlannedNotification> notifications = group == null ? List.of() : notifications(message, group, assignee);
        RoutingOutcome outcome = new RoutingOutcome(message.id(), MessageState.ROUTED, groupId(group),
                group == null ? null : group.getName(), assignee == null ? null : assignee.getLogin(), notifications.size(), ack,
                decision.suggestedTemplates(), decision);
        return new PlannedRouting(message.id(), message.version(), MessageState.ROUTED, message.stateReason(),
                groupId(group), assigneeId(assignee), priority, tags, RoutingService.explanation(decision, group, assignee, notes),
                notifications, MessageState.ROUTED + (group == null ? "" : " to " + group.getName()), outcome);
    }

    /** Groups whose round-robin state moved in this batch. */
    List<AgentGroup> changedGroups() {
        return List.copyOf(changedGroups.values());
    }

    private AgentGroup targetGroup(BatchMessage message, RoutingDecision decision, List<String> notes) {
        if (decision.groupName() != null) {
            AgentGroup named = groupsByName.get(decision.groupName().toLowerCase(Locale.ROOT));
            if (named != null && named.isEnabled()) {
                return named;
            }
            notes.add("group '" + decision.groupName() + "' " + (named == null ? "does not exist" : "is disabled"));
        }
        BatchMessage.Account account = message.accountId() == null ? null : accounts.get(message.accountId());
        AgentGroup fallback = account == null || account.defaultGroupId() == null ? null : groupsById.get(account.defaultGroupId());
        if (fallback != null && fallback.isEnabled()) {
            notes.add("routed to the default group of account '" + account.name() + "'");
            return fallback;
        }
        notes.add("no group: waiting for a supervisor");
        return null;
    }

    private UserAccount assignee(AgentGroup group, String login, List<String> notes) {
        UserAccount chosen = null;
        if (login != null) {
            chosen = GroupAssignment.enabledMembers(group).stream().filter(u -> u.getLogin().equalsIgnoreCase(login)).findFirst()
                    .orElse(null);
            if (chosen == null) {
                notes.add("user '" + login + "' is not an enabled member of '" + group.getName() + "'");
            }
        }
        if (chosen == null) {
            Long before = group.getLastAssignedUserId();
            chosen = GroupAssignment.choose(group, this::openCounts);
            if (chosen != null && !chosen.getId().equals(before)) {
                changedGroups.put(group.getId(), group);
            }
        }
        if (chosen != null) {
            assignedInBatch.merge(chosen.getId(), 1L, Long::sum);
        }
        return chosen;
    }

    /** Open messages per member: stored ones (queried once per user) plus those assigned earlier in this batch. */
    private Map<Long, Long> openCounts(List<UserAccount> members) {
        List<UserAccount> unknown = members.stream().filter(u -> !storedOpen.containsKey(u.getId())).toList();
        if (!unknown.isEmpty()) {
            Map<Long, Long> stored = GroupAssignment.openCounts(em, unknown);
            unknown.forEach(u -> storedOpen.put(u.getId(), stored.getOrDefault(u.getId(), 0L)));
        }
        Map<Long, Long> open = new HashMap<>();
        members.forEach(u -> open.put(u.getId(), storedOpen.get(u.getId()) + assignedInBatch.getOrDefault(u.getId(), 0L)));
        return open;
    }

    private String acknowledgement(BatchMessage message, AutoAcknowledgement ack, List<String> notes) {
        if (ack == null || message.view().senderAddress() == null) {
            return null;
        }
        String sender = message.view().senderAddress().toLowerCase(Locale.ROOT);
        Instant since = Instant.now(clock).minus(Duration.ofHours(Math.max(1, ack.periodHours())));
        long sent = acknowledgementsBySender.computeIfAbsent(sender, to -> em.createQuery("SELECT COUNT(r) FROM Reply r"
                + " WHERE r.automatic = true AND LOWER(r.toAddresses) = :to AND r.queuedAt > :since", Long.class)
                .setParameter("to", to).setParameter("since", since).getSingleResult());
        if (sent >= ack.maxPerSender()) {
            notes.add("no acknowledgement: " + sent + " automatic repl(ies) to this sender in the last " + ack.periodHours() + " h");
            return null;
        }
        acknowledgementsBySender.put(sender, sent + 1);
        return ack.templateName();
    }

    private static List<PlannedNotification> notifications(BatchMessage message, AgentGroup group, UserAccount assignee) {
        String subject = message.view().subject() == null ? "(no subject)" : message.view().subject();
        List<PlannedNotification> notifications = new ArrayList<>();
        for (UserAccount member : GroupAssignment.enabledMembers(group)) {
            if (member != assignee) {
                notifications.add(new PlannedNotification(member.getId(), NotificationService.ROUTED,
                        "New message in " + group.getName() + ": " + subject));
            }
        }
        if (assignee != null) {
            notifications.add(new PlannedNotification(assignee.getId(), NotificationService.ASSIGNED,
                    "Assigned to you in " + group.getName() + ": " + subject));
        }
        return notifications;
    }

    private static Long groupId(AgentGroup group) {
        return group == null ? null : group.getId();
    }

    private static Long assigneeId(UserAccount user) {
        return user == null ? null : user.getId();
    }
}
