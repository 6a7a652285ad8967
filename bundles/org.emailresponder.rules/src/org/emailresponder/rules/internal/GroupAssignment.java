package org.emailresponder.rules.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.MessageState;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.UserAccount;

/** Picks a member of a group for a newly routed message according to the group's assignment mode. */
public final class GroupAssignment {
    private static final List<MessageState> OPEN = List.of(MessageState.ROUTED, MessageState.CLAIMED);

    private GroupAssignment() {
    }

    /** Enabled members, ordered by id. */
    public static List<UserAccount> enabledMembers(AgentGroup group) {
        return group.getMembers().stream().filter(UserAccount::isEnabled).sorted(Comparator.comparing(UserAccount::getId)).toList();
    }

    /** The member to assign, or null for MANUAL groups (members claim themselves) and groups without enabled members. */
    public static UserAccount choose(EntityManager em, AgentGroup group) {
        return choose(group, members -> openCounts(em, members));
    }

    /**
     * Like {@link #choose(EntityManager, AgentGroup)} with the members' open message counts from {@code openCounts}
     * (called only for LEAST_LOADED groups); advances the group's round-robin state in memory.
     */
    public static UserAccount choose(AgentGroup group, Function<List<UserAccount>, Map<Long, Long>> openCounts) {
        List<UserAccount> members = enabledMembers(group);
        AssignmentMode mode = group.getAssignmentMode() == null ? AssignmentMode.MANUAL : group.getAssignmentMode();
        if (members.isEmpty() || mode == AssignmentMode.MANUAL) {
            return null;
        }
        UserAccount chosen = mode == AssignmentMode.ROUND_ROBIN ? nextAfter(members, group.getLastAssignedUserId())
                : leastLoaded(members, openCounts.apply(members));
        group.setLastAssignedUserId(chosen.getId());
        return chosen;
    }

    private static UserAccount nextAfter(List<UserAccount> members, Long lastId) {
        if (lastId == null) {
            return members.get(0);
        }
        return members.stream().filter(u -> u.getId() > lastId).findFirst().orElse(members.get(0));
    }

    /** Open (ROUTED or CLAIMED) messages per member id; members without any are missing. */
    public static Map<Long, Long> openCounts(EntityManager em, List<UserAccount> members) {
        List<Long> ids = members.stream().map(UserAccount::getId).toList();
        return em.createQuery("SELECT m.assignee.id, COUNT(m) FROM Message m WHERE m.assignee.id IN :ids"
                + " AND m.state IN :open GROUP BY m.assignee.id", Object[].class).setParameter("ids", ids).setParameter("open", OPEN)
                .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
    }

    private static UserAccount leastLoaded(List<UserAccount> members, Map<Long, Long> open) {
        return members.stream().min(Comparator.comparing((UserAccount u) -> open.getOrDefault(u.getId(), 0L))
                .thenComparing(UserAccount::getId)).orElseThrow();
    }
}
