package org.emailresponder.search.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes what the mailing-list software added, so the benchmark learns only from what people wrote:
 * <ul>
 * <li>subject tags in brackets such as {@code [ILUG]} or {@code [SAtalk]} (every bracketed tag);</li>
 * <li>footer blocks: a separator line ({@code ____}, {@code ----}, {@code -- }) followed within a few lines by
 * list boilerplate (mailing list, listinfo, unsubscribe, Yahoo! Groups, sponsored by, list maintainer,
 * (un)subscription), also when quoted with {@code >} inside a reply;</li>
 * <li>any remaining line that carries such boilerplate (e.g. a bare {@code .../mailman/listinfo/fork});</li>
 * <li>header lines quoted inside replies that name the list ({@code To: ilug@linux.ie}, Cc, Reply-To, Sender,
 * List-*, ...), Yahoo's {@code --- In forteana@y..., } attribution, and bracketed tags without spaces in the
 * body (quoted subjects such as {@code Subject: [ILUG] ...}).</li>
 * </ul>
 * All headers except From and Subject are dropped by {@link ListCorpus} before this runs.
 */
public final class ListLeakStripper {
    private static final Pattern TAG = Pattern.compile("\\[[^\\]]{1,60}\\]");
    private static final Pattern QUOTE = Pattern.compile("^[>|:)\\s]*");
    private static final Pattern BODY_TAG = Pattern.compile("\\[[^\\]\\s]{1,30}\\]");
    /** Header lines quoted inside a reply that name the list (To: ilug@linux.ie) and Yahoo's attribution line. */
    private static final Pattern QUOTED_HEADER = Pattern.compile("(?i)^(to|cc|bcc|reply-to|sender|delivered-to|"
            + "return-path|x-beenthere|x-mailing-list|mailing-list|list-[a-z]+)\\s*:|^-{2,}\\s*in\\s+\\S+@");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)mailing list|listinfo|unsubscribe|yahoo! ?groups|yahoogroups|egroups|sponsored by|"
                    + "list maintainer|\\(un\\)subscription|mailman/|list-?id|sf\\.net email|listman|"
                    + "-(request|admin|owner|help|subscribe)@");
    private static final int FOOTER_REACH = 8;

    private ListLeakStripper() {
    }

    public static String subject(String subject) {
        return subject == null ? "" : TAG.matcher(subject).replaceAll(" ").replaceAll("\\s+", " ").trim();
    }

    public static String body(String body) {
        List<String> lines = new ArrayList<>(Arrays.asList(body.split("\n", -1)));
        removeFooterBlocks(lines);
        lines.removeIf(line -> BOILERPLATE.matcher(line).find()
                || QUOTED_HEADER.matcher(QUOTE.matcher(line).replaceFirst("")).find());
        return BODY_TAG.matcher(String.join("\n", lines)).replaceAll(" ").strip();
    }

    private static void removeFooterBlocks(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!isSeparator(lines.get(i))) {
                continue;
            }
            int last = lastBoilerplateLine(lines, i);
            if (last > i) {
                lines.subList(i, Math.min(lines.size(), last + 2)).clear();
                i--;
            }
        }
    }

    private static int lastBoilerplateLine(List<String> lines, int separator) {
        int last = -1;
        for (int j = separator + 1; j < Math.min(lines.size(), separator + FOOTER_REACH); j++) {
            if (BOILERPLATE.matcher(lines.get(j)).find()) {
                last = j;
            }
        }
        return last;
    }

    static boolean isSeparator(String line) {
        String unquoted = QUOTE.matcher(line).replaceFirst("").toLowerCase(Locale.ROOT);
        return unquoted.startsWith("--") || unquoted.startsWith("__");
    }
}
