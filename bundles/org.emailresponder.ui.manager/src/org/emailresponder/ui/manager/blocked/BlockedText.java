package org.emailresponder.ui.manager.blocked;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.emailresponder.mail.SenderBlocklist.Kind;
import org.emailresponder.manager.BlockedSenders.Entry;

/** How blocked-sender entries read in the table, the filter and the confirmation. */
final class BlockedText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private BlockedText() {
    }

    static String kind(Kind kind) {
        return switch (kind) {
            case ADDRESS -> "Address";
            case DOMAIN -> "Domain";
            case PATTERN -> "Pattern";
        };
    }

    /** What the kind means, in one line, with an example. */
    static String meaning(Kind kind) {
        return switch (kind) {
            case ADDRESS -> "exactly this sender, e.g. offers@shop.test";
            case DOMAIN -> "the domain and all its subdomains, e.g. spam.test";
            case PATTERN -> "a glob such as *@*.spam.test, or re: and a regular expression";
        };
    }

    /** The hint in the empty value field. */
    static String example(Kind kind) {
        return switch (kind) {
            case ADDRESS -> "name@example.com";
            case DOMAIN -> "example.com (its subdomains too)";
            case PATTERN -> "newsletter-*@*  or  re:^promo-[0-9]+@";
        };
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** One entry as a sentence: "domain spam.test". */
    static String describe(Entry entry) {
        return kind(entry.kind()).toLowerCase(Locale.ROOT) + " " + entry.pattern();
    }

    /** Whether the entry contains the filter text (case-insensitive) in any column the user sees. */
    static boolean matches(Entry entry, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        for (String column : new String[] {kind(entry.kind()), entry.pattern(), entry.reason(), entry.createdBy(), time(entry.createdAt())}) {
            if (column != null && column.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
