package org.emailresponder.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a received message says about the conversation it belongs to, without the database: our conversation ids
 * named by In-Reply-To and References (most recent first), the other ids referenced (in header order, to look up
 * messages we stored), and the subject tag. The Manager decides with the database.
 */
public record ThreadingHints(List<Long> conversationIds, List<String> otherReferences, OptionalLong subjectTag) {

    public static ThreadingHints of(ParsedMessage m) {
        List<String> newestFirst = new ArrayList<>();
        if (m.inReplyTo() != null) {
            newestFirst.add(m.inReplyTo());
        }
        for (int i = m.references().size() - 1; i >= 0; i--) {
            newestFirst.add(m.references().get(i));
        }
        Set<Long> ours = new LinkedHashSet<>();
        for (String id : newestFirst) {
            OwnMessageIds.conversationOf(id).ifPresent(ours::add);
        }
        Set<String> others = new LinkedHashSet<>();
        for (String id : m.references()) {
            if (OwnMessageIds.conversationOf(id).isEmpty()) {
                others.add(id);
            }
        }
        if (m.inReplyTo() != null && OwnMessageIds.conversationOf(m.inReplyTo()).isEmpty()) {
            others.add(m.inReplyTo());
        }
        return new ThreadingHints(List.copyOf(ours), List.copyOf(others), SubjectTag.parse(m.subject()));
    }

    /** The conversation named most recently by our own Message-IDs, or empty. */
    public OptionalLong conversationId() {
        return conversationIds.isEmpty() ? OptionalLong.empty() : OptionalLong.of(conversationIds.get(0));
    }
}
