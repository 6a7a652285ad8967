package org.emailresponder.ui.agent.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.emailresponder.analysis.FactKeys;
import org.emailresponder.core.MessageState;
import org.emailresponder.core.service.MessageDetails;
import org.emailresponder.core.service.MessageDetails.Fact;
import org.emailresponder.core.service.MessageSummary;
import org.emailresponder.rules.claims.ClaimResult;

/** The words the Message view and the claim commands show; no widgets, so it reads like the screen. */
final class MessageText {
    static final int MAX_BODY_CHARS = 500_000;
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);
    private static final DateTimeFormatter OTHER_DAY = DateTimeFormatter.ofPattern("MMM d, HH:mm").withZone(ZONE);
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("MMM d yyyy, HH:mm").withZone(ZONE);

    private MessageText() {
    }

    static String sender(MessageSummary message) {
        return message.fromName() == null || message.fromName().isBlank() ? nonNull(message.fromAddress())
                : message.fromName() + " <" + message.fromAddress() + ">";
    }

    static String received(Instant at) {
        return at == null ? "" : RECEIVED.format(at);
    }

    /** "Claimed by ben until 10:42", "Free" (not claimed) or empty (a state where claims do not apply). */
    static String claim(MessageSummary message, Instant expiresAt) {
        if (message.state() == MessageState.CLAIMED && message.assigneeLogin() != null) {
            return claimedBy(message.assigneeLogin(), expiresAt);
        }
        if (message.assigneeLogin() != null) {
            return "Assigned to " + message.assigneeLogin();
        }
        return message.state() == MessageState.ROUTED ? "Free" : "";
    }

    static String claimedBy(String login, Instant expiresAt) {
        return "Claimed by " + login + (expiresAt == null ? "" : " until " + time(expiresAt));
    }

    /** Why a claim did not succeed, in the user's words. */
    static String refusal(ClaimResult result) {
        if (result.holderLogin() != null) {
            return claimedBy(result.holderLogin(), result.expiresAt()) + ".";
        }
        return "This message cannot be claimed: " + result.reason() + ".";
    }

    static String priorityAndTags(MessageDetails details) {
        String tags = details.tags() == null || details.tags().isBlank() ? "" : ", tags: " + details.tags();
        return details.summary().priority() + tags;
    }

    static String routing(MessageDetails details) {
        return details.routingExplanation() == null || details.routingExplanation().isBlank()
                ? "No routing explanation was stored for this message." : details.routingExplanation();
    }

    /** The values of one kind of fact, best first, e.g. "technical 87 %, billing 8 %" for categories. */
    static String facts(List<Fact> facts, String key, boolean withConfidence) {
        return facts.stream().filter(f -> key.equals(f.key())).map(f -> withConfidence ? f.value() + " " + percent(f) : f.value())
                .distinct().collect(Collectors.joining(", "));
    }

    /** What analysis found in the text: "Products: X2  ·  Order numbers: 4711", or empty. */
    static String found(List<Fact> facts) {
        List<String> parts = new ArrayList<>();
        add(parts, "Products", facts(facts, FactKeys.PRODUCT, false));
        add(parts, "Order numbers", facts(facts, FactKeys.ORDER_NUMBER, false));
        add(parts, "Invoice numbers", facts(facts, FactKeys.INVOICE_NUMBER, false));
        return String.join("  \u00b7  ", parts);
    }

    /** The body as plain text, shortened when a view could not show it quickly. */
    static String body(String text) {
        return text.length() <= MAX_BODY_CHARS ? text
                : text.substring(0, MAX_BODY_CHARS) + "\n\n[... shortened: the message has " + text.length() + " characters]";
    }

    private static void add(List<String> parts, String title, String values) {
        if (!values.isEmpty()) {
            parts.add(title + ": " + values);
        }
    }

    private static String percent(Fact fact) {
        return String.format(Locale.ROOT, "%d %%", Math.round(fact.confidence() * 100));
    }

    private static String time(Instant at) {
        return LocalDate.ofInstant(at, ZONE).equals(LocalDate.now(ZONE)) ? TODAY.format(at) : OTHER_DAY.format(at);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
