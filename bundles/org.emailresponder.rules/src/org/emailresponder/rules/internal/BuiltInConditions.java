package org.emailresponder.rules.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.emailresponder.rules.RoutableMessage;
import org.emailresponder.rules.RoutableMessage.Attachment;
import org.emailresponder.rules.RoutableMessage.Fact;
import org.emailresponder.rules.model.AttachmentCondition;
import org.emailresponder.rules.model.BodyCondition;
import org.emailresponder.rules.model.ContactFieldCondition;
import org.emailresponder.rules.model.FactCondition;
import org.emailresponder.rules.model.HeaderCondition;
import org.emailresponder.rules.model.SenderCondition;
import org.emailresponder.rules.model.SubjectCondition;
import org.emailresponder.rules.model.TextCondition;
import org.emailresponder.rules.model.TimeCondition;
import org.emailresponder.rules.model.Weekday;
import org.emailresponder.rules.model.util.RulesSwitch;
import org.emailresponder.rules.spi.ConditionResult;

/** Evaluates the conditions of our own model for one message; returns null for partner conditions. */
final class BuiltInConditions extends RulesSwitch<ConditionResult> {
    private static final int EVIDENCE_TEXT = 80;

    private final RoutableMessage message;

    BuiltInConditions(RoutableMessage message) {
        this.message = message;
    }

    @Override
    public ConditionResult caseHeaderCondition(HeaderCondition condition) {
        List<String> values = message.header(condition.getHeader());
        for (String value : values) {
            if (TextMatcher.matches(condition, value)) {
                return text(true, "header " + condition.getHeader(), value, condition);
            }
        }
        return text(false, "header " + condition.getHeader(), values.isEmpty() ? null : values.get(0), condition);
    }

    @Override
    public ConditionResult caseSenderCondition(SenderCondition condition) {
        if (TextMatcher.matches(condition, message.senderAddress())) {
            return text(true, "sender", message.senderAddress(), condition);
        }
        boolean byName = TextMatcher.matches(condition, message.senderName());
        return text(byName, byName ? "sender name" : "sender", byName ? message.senderName() : message.senderAddress(), condition);
    }

    @Override
    public ConditionResult caseSubjectCondition(SubjectCondition condition) {
        return text(TextMatcher.matches(condition, message.subject()), "subject", message.subject(), condition);
    }

    @Override
    public ConditionResult caseBodyCondition(BodyCondition condition) {
        return text(TextMatcher.matches(condition, message.body()), "body", message.body(), condition);
    }

    @Override
    public ConditionResult caseContactFieldCondition(ContactFieldCondition condition) {
        String value = message.contactField(condition.getField());
        return text(TextMatcher.matches(condition, value), "contact " + condition.getField(), value, condition);
    }

    @Override
    public ConditionResult caseFactCondition(FactCondition condition) {
        String wanted = condition.getValue() == null ? "any value" : "'" + condition.getValue() + "'";
        for (Fact fact : message.facts()) {
            if (fact.key().equalsIgnoreCase(condition.getKey()) && fact.confidence() >= condition.getMinConfidence()
                    && (condition.getValue() == null || condition.getValue().equalsIgnoreCase(fact.value()))) {
                return ConditionResult.matched("fact " + fact.key() + " = '" + fact.value() + "' (confidence "
                        + String.format(Locale.ROOT, "%.2f", fact.confidence()) + " >= " + condition.getMinConfidence() + ")");
            }
        }
        return ConditionResult.notMatched("no fact " + condition.getKey() + " = " + wanted + " with confidence >= "
                + condition.getMinConfidence());
    }

    @Override
    public ConditionResult caseAttachmentCondition(AttachmentCondition condition) {
        Pattern name = blank(condition.getFileNamePattern()) ? null
                : Pattern.compile(condition.getFileNamePattern(), Pattern.CASE_INSENSITIVE);
        List<String> hits = message.attachments().stream()
                .filter(a -> name == null || (a.fileName() != null && name.matcher(a.fileName()).find()))
                .filter(a -> blank(condition.getContentType()) || containsIgnoreCase(a.contentType(), condition.getContentType()))
                .map(Attachment::fileName).toList();
        boolean matched = hits.size() >= Math.max(1, condition.getMinCount());
        return new ConditionResult(matched, hits.size() + " matching attachment(s) " + hits + ", needed " + Math.max(1, condition.getMinCount()));
    }

    @Override
    public ConditionResult caseTimeCondition(TimeCondition condition) {
        ZoneId zone = ZoneId.of(blank(condition.getTimeZone()) ? "UTC" : condition.getTimeZone());
        ZonedDateTime at = message.receivedAt().atZone(zone);
        boolean dayOk = condition.getWeekdays().isEmpty()
                || condition.getWeekdays().contains(Weekday.get(at.getDayOfWeek().getValue()));
        int hour = at.getHour();
        int from = condition.getFromHour();
        int to = condition.getToHour();
        boolean hourOk = from <= to ? hour >= from && hour < to : hour >= from || hour < to;
        return new ConditionResult(dayOk && hourOk, "received " + at.getDayOfWeek() + " " + at.toLocalTime().withNano(0) + " " + zone
                + ", rule wants " + (condition.getWeekdays().isEmpty() ? "any day" : condition.getWeekdays()) + " " + from + "-" + to + "h");
    }

    private static ConditionResult text(boolean matched, String what, String value, TextCondition condition) {
        return new ConditionResult(matched, what + " " + quote(value) + " " + TextMatcher.describe(condition, matched));
    }

    private static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        String oneLine = value.replaceAll("\\s+", " ").trim();
        return "'" + (oneLine.length() > EVIDENCE_TEXT ? oneLine.substring(0, EVIDENCE_TEXT) + "…" : oneLine) + "'";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean containsIgnoreCase(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
