package org.emailresponder.core;

/** Outbox states of a reply: QUEUED → SENDING → SENT, or FAILED after the last attempt. */
public enum ReplyState {
    QUEUED, SENDING, SENT, FAILED
}
