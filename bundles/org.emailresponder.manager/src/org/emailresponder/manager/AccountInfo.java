package org.emailresponder.manager;

import java.time.Instant;

/**
 * A mail account as lists show it: no secrets, with its health.
 *
 * @param defaultGroup the name of the group its messages fall back to, or null
 */
public record AccountInfo(long id, String name, String incomingUrl, String outgoingUrl, String fromAddress, int pollSeconds,
        boolean deleteAfterDownload, boolean enabled, String defaultGroup, String status, String lastError, int failureCount,
        Instant lastPollAt, Instant nextPollAt) {
}
