package org.emailresponder.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.rules.internal.StoredMessage;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.Message;

/** Runs a candidate rule set over the last N stored messages without changing anything. */
public final class RuleSimulator {
    static final String BLOCKED = "(blocked)";
    static final String SPAM = "(spam)";
    static final String NONE = "(no group)";

    private final Store store;
    private final RuleEngine engine;

    public RuleSimulator(Store store, RuleEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    public SimulationReport simulate(UserSession session, RuleSet candidate, int lastMessages) {
        session.require(Permission.MANAGE_RULES);
        RuleSets.requireValid(candidate);
        return store.read(em -> {
            List<Message> messages = em.createQuery("SELECT m FROM Message m ORDER BY m.receivedAt DESC, m.id DESC", Message.class)
                    .setMaxResults(lastMessages).getResultList();
            List<SimulationReport.SimulatedMessage> lines = new ArrayList<>();
            Map<String, Integer> before = new TreeMap<>();
            Map<String, Integer> after = new TreeMap<>();
            int changed = 0;
            for (Message message : messages) {
                RoutingDecision decision = engine.evaluate(candidate, StoredMessage.load(em, message));
                String current = currentGroup(message);
                String proposed = proposedGroup(decision, current);
                boolean differs = !Objects.equals(current, proposed);
                changed += differs ? 1 : 0;
                before.merge(current, 1, Integer::sum);
                after.merge(proposed, 1, Integer::sum);
                String firstRule = decision.appliedRules().isEmpty() ? null : decision.appliedRules().get(0).ruleName();
                lines.add(new SimulationReport.SimulatedMessage(message.getId(), message.getSubject(), current, proposed, differs,
                        firstRule));
            }
            return new SimulationReport(lines, changed, before, after);
        });
    }

    private static String currentGroup(Message message) {
        return switch (message.getState()) {
            case BLOCKED -> BLOCKED;
            case SPAM -> SPAM;
            default -> name(message.getGroup());
        };
    }

    /** Without a group decision the message would keep its current group (default-group fallback at routing). */
    private static String proposedGroup(RoutingDecision decision, String current) {
        if (decision.spam()) {
            return SPAM;
        }
        if (decision.block()) {
            return BLOCKED;
        }
        if (decision.groupName() != null) {
            return decision.groupName();
        }
        return BLOCKED.equals(current) || SPAM.equals(current) ? NONE : current;
    }

    private static String name(AgentGroup group) {
        return group == null ? NONE : group.getName();
    }
}
