package org.emailresponder.rules.spi;

/**
 * The outcome of one condition. {@code evidence} says what was compared in words an agent understands,
 * e.g. "subject 'Refund please' contains 'refund'".
 */
public record ConditionResult(boolean matched, String evidence) {

    public static ConditionResult matched(String evidence) {
        return new ConditionResult(true, evidence);
    }

    public static ConditionResult notMatched(String evidence) {
        return new ConditionResult(false, evidence);
    }
}
