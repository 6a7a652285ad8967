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
    RUN_MANAGER
}
