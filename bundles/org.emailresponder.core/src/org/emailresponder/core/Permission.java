package org.emailresponder.core;

/** Operations guarded in the service layer; the UI only mirrors these checks. */
public enum Permission {
    ANSWER_MESSAGES,
    READ_ALL_GROUPS,
    VIEW_REPORTS,
    MANAGE_TEMPLATES,
    MANAGE_USERS,
    MANAGE_ACCOUNTS,
    MANAGE_RULES,
    MANAGE_BLOCKED_SENDERS,
    MANAGE_DATABASE,
    /** System work of the Manager itself (open account secrets, route, release claims); administrators and the service identity. */
    RUN_MANAGER,
    /** Start, stop and trigger the Manager service in one's own workbench and see how the mail accounts are doing. */
    OPERATE_MANAGER
}
