package org.emailresponder.rules.claims;

import java.time.Instant;

/**
 * The outcome of a claim: {@code claimed} true when the caller now holds the message; otherwise {@code holderLogin}
 * names who does (null when the message cannot be claimed in its state).
 */
public record ClaimResult(boolean claimed, long messageId, String holderLogin, Instant expiresAt, String reason) {
}
