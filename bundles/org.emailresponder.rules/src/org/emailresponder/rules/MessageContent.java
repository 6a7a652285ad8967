package org.emailresponder.rules;

import java.time.Instant;

/**
 * The columns of a stored message the rules read. A caller that has just read them (the Manager's pipeline) hands them
 * to {@link RoutingService#routeAll(org.emailresponder.core.UserSession, java.util.List, java.util.Map)} so that the
 * bodies and headers are not read from the database twice.
 *
 * @param headers the stored header block (one "Name: value" line per header)
 */
public record MessageContent(String headers, String fromAddress, String fromName, String subject, String textBody, String htmlBody,
        Instant receivedAt) {
}
