package org.emailresponder.core.service;

import java.time.Instant;
import java.util.List;

/**
 * Everything an agent reads about one message: its queue line, the addresses, the claim, why it was routed, what the
 * analyzers found and the bodies as stored (the HTML body only to derive text from, never to render).
 */
public record MessageDetails(MessageSummary summary, String groupName, String toAddresses, String ccAddresses,
        Instant claimExpiresAt, String tags, String routingExplanation, List<Fact> facts, String textBody, String htmlBody) {

    /** One analyzer fact, e.g. {@code category = billing} with its confidence (0..1). */
    public record Fact(String key, String value, double confidence) {
    }

    public MessageDetails {
        facts = List.copyOf(facts);
    }
}
