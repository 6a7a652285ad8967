package org.emailresponder.core;

/** How a group hands its routed messages to members. */
public enum AssignmentMode {
    /** Members claim messages themselves. */
    MANUAL,
    ROUND_ROBIN,
    LEAST_LOADED
}
