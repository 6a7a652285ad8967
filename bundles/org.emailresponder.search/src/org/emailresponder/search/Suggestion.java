package org.emailresponder.search;

/**
 * One ranked template.
 *
 * @param score        the ranking score: textScore + historyScore + hintScore
 * @param textScore    similarity of the message to the template text, relative to the best match (0..1)
 * @param historyScore evidence from similar past messages answered with this template (0..HISTORY_WEIGHT)
 * @param hintScore    boost given by rules
 */
public record Suggestion(long templateId, String name, double score, double textScore, double historyScore,
        double hintScore) {
}
