package org.emailresponder.core;

/** Life cycle of an incoming message; see docs/ARCHITECTURE.md. */
public enum MessageState {
    RECEIVED, ANALYZED, ROUTED, CLAIMED, ANSWERED, CLOSED,
    /** Sender is blocked: kept, never routed. */
    BLOCKED,
    /** Could not be parsed: raw bytes kept, reason in stateReason. */
    QUARANTINED,
    /** An automatic answer (out of office, vacation): linked to its conversation, never routed. */
    AUTO_REPLY,
    /** A delivery status notification: linked to the original message, never routed. */
    BOUNCE,
    SPAM;

    /** States in which a message waits for a human answer. */
    public boolean isOpen() {
        return this == ROUTED || this == CLAIMED || this == ANALYZED || this == RECEIVED;
    }
}
