package org.emailresponder.core.service;

import java.util.Set;

import org.emailresponder.core.Role;

/** A user as administrators see it (never the password hash). */
public record UserInfo(long id, String login, String displayName, String email, Role role, boolean enabled,
        Set<Long> groupIds) {

    public UserInfo {
        groupIds = Set.copyOf(groupIds);
    }
}
