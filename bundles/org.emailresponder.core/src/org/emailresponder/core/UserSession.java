package org.emailresponder.core;

import java.util.Set;

/**
 * The logged-in user as the services see it. Every service call that reads or changes data takes one and
 * checks it; the workbench never decides permissions on its own.
 */
public record UserSession(long userId, String login, String displayName, Role role, Set<Long> groupIds) {

    /** The identity the headless Manager service acts under. */
    public static final UserSession MANAGER_SERVICE = new UserSession(0L, "manager", "Manager service", Role.ADMIN, Set.of());

    public UserSession {
        groupIds = Set.copyOf(groupIds);
    }

    public boolean may(Permission permission) {
        return role.allows(permission);
    }

    public void require(Permission permission) {
        if (!may(permission)) {
            throw new AccessDeniedException(login + " (" + role + ") may not " + permission.name().toLowerCase().replace('_', ' '));
        }
    }

    /** Whether this user may read and answer messages routed to the given group (null: not routed yet). */
    public boolean canSeeGroup(Long groupId) {
        if (may(Permission.READ_ALL_GROUPS)) {
            return true;
        }
        return groupId != null && groupIds.contains(groupId);
    }

    public void requireGroup(Long groupId) {
        if (!canSeeGroup(groupId)) {
            throw new AccessDeniedException(login + " is not a member of the group of this message");
        }
    }
}
