package org.emailresponder.rules;

import java.util.List;
import java.util.Map;

/**
 * What a candidate rule set would change on recent messages, before it is activated.
 *
 * @param messages     one line per message, newest first
 * @param changed      how many messages would go to a different group (or be blocked/spam instead)
 * @param countsBefore messages per current group
 * @param countsAfter  messages per group under the candidate
 */
public record SimulationReport(List<SimulatedMessage> messages, int changed, Map<String, Integer> countsBefore,
        Map<String, Integer> countsAfter) {

    /** One message: where it is now, where the candidate would send it, and the first rule that matched. */
    public record SimulatedMessage(long messageId, String subject, String currentGroup, String newGroup, boolean changed,
            String firstRule) {
    }
}
