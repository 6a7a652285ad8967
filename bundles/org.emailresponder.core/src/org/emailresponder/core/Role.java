package org.emailresponder.core;

import java.util.EnumSet;
import java.util.Set;

/** What a user may do. Each role includes what the roles before it may do. */
public enum Role {
    AGENT(EnumSet.of(Permission.ANSWER_MESSAGES)),
    SUPERVISOR(EnumSet.of(Permission.ANSWER_MESSAGES, Permission.READ_ALL_GROUPS, Permission.VIEW_REPORTS,
            Permission.MANAGE_TEMPLATES, Permission.OPERATE_MANAGER)),
    ADMIN(EnumSet.allOf(Permission.class));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    /** Whether users of this role see the Manager perspective. */
    public boolean isManager() {
        return this != AGENT;
    }
}
