package org.emailresponder.mail.internal.mime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date headers as real mail writes them: RFC 5322 and its obsolete forms, two-digit years, asctime order,
 * zones such as {@code +-0700}, {@code GMT+2}, {@code EST}, {@code US Mountain Standard Time}. An unknown zone is
 * read as UTC and reported.
 */
public final class MailDates {

    private static final Pattern RFC = Pattern.compile(
            "(?:[A-Za-z]+,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3})[A-Za-z.]*[\\s-]+(\\d{2,4})\\s+(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?(?:\\.\\d+)?\\s*(.*)");
    private static final Pattern ASCTIME = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?([A-Za-z]{3})[A-Za-z]*\\s+(\\d{1,2}),?\\s+(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?\\s*(.*?)\\s*(\\d{4})\\s*(.*)");
    private static final Pattern SLASHED = Pattern.compile(
            "(\\d{4})/(\\d{1,2})/(\\d{1,2})\\s+(?:[A-Za-z]+\\s+)?(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?\\s*(.*)");
    private static final Pattern NUMERIC_ZONE = Pattern.compile("(?:GMT|UTC|UT)?\\s*([+-]*)\\s*(\\d{1,2}):?(\\d{2})?\\b.*");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("wet", 0),
            Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6), Map.entry("cdt", -5),
            Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7),
            Map.entry("cet", 1), Map.entry("cest", 2), Map.entry("met", 1), Map.entry("mest", 2), Map.entry("eet", 2),
            Map.entry("bst", 1), Map.entry("ist", 5), Map.entry("jst", 9), Map.entry("hkt", 8), Map.entry("sgt", 8),
            Map.entry("us mountain standard time", -7), Map.entry("mountain standard time", -7),
            Map.entry("pacific standard time", -8), Map.entry("central standard time", -6),
            Map.entry("eastern standard time", -5), Map.entry("eastern daylight time", -4),
            Map.entry("central daylight time", -5), Map.entry("mountain daylight time", -6),
            Map.entry("pacific daylight time", -7), Map.entry("greenwich standard time", 0),
            Map.entry("arabian standard time", 4), Map.entry("gmt standard time", 0),
            Map.entry("w. europe standard time", 1), Map.entry("romance standard time", 1),
            Map.entry("central europe standard time", 1), Map.entry("tokyo standard time", 9));

    private MailDates() {
    }

    /** The instant, or null when no date can be read (reported in problems). */
    public static Instant parse(String value, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            Instant result = rfc(v, problems);
            if (result == null) {
                result = asctime(v, problems);
            }
            if (result == null) {
                result = slashed(v, problems);
            }
            if (result == null) {
                result = iso(v);
            }
            if (result == null && problems != null) {
                problems.add("unreadable date '" + v + "'");
            }
            return result;
        } catch (DateTimeException e) {
            if (problems != null) {
                problems.add("impossible date '" + v + "'");
            }
            return null;
        }
    }

    private static Instant rfc(String v, Problems problems) {
        Matcher m = RFC.matcher(v);
        if (!m.lookingAt()) {
            return null;
        }
        int month = month(m.group(2));
        if (month < 0) {
            return null;
        }
        return at(year(m.group(3)), month, Integer.parseInt(m.group(1)), m.group(4), m.group(5), m.group(6), m.group(7),
                v, problems);
    }

    private static Instant slashed(String v, Problems problems) {
        Matcher m = SLASHED.matcher(v);
        if (!m.lookingAt()) {
            return null;
        }
        return at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4),
                m.group(5), m.group(6), m.group(7), v, problems);
    }

    /** Builds the instant; a zone text starting with AM or PM (seen from some clients) shifts the hour. */
    private static Instant at(int year, int month, int day, String h, String min, String sec, String zone, String whole,
            Problems problems) {
        int hour = Integer.parseInt(h);
        String z = zone == null ? "" : zone.strip();
        String upper = z.toUpperCase(Locale.ROOT);
        if (upper.startsWith("PM") || upper.startsWith("AM")) {
            hour = upper.startsWith("PM") && hour < 12 ? hour + 12 : upper.startsWith("AM") && hour == 12 ? 0 : hour;
            z = z.substring(2);
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, Integer.parseInt(min),
                sec == null ? 0 : Integer.parseInt(sec));
        return local.toInstant(zone(z, whole, problems));
    }

    private static Instant asctime(String v, Problems problems) {
        Matcher m = ASCTIME.matcher(v);
        if (!m.lookingAt()) {
            return null;
        }
        int month = month(m.group(1));
        if (month < 0) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(7)), month, Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
        String zone = m.group(6).isBlank() ? m.group(8) : m.group(6);
        return local.toInstant(zone(zone, v, problems));
    }

    private static Instant iso(String v) {
        try {
            return OffsetDateTime.parse(v.replace(' ', 'T')).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset zone(String text, String whole, Problems problems) {
        String z = text == null ? "" : text.strip();
        int paren = z.indexOf('(');
        String beforeComment = (paren >= 0 ? z.substring(0, paren) : z).strip();
        if (beforeComment.isEmpty() && paren >= 0) {
            beforeComment = z.substring(paren + 1).replace(")", "").strip();
        }
        if (beforeComment.isEmpty()) {
            return ZoneOffset.UTC; // RFC 822 allowed a missing zone to mean UT, in practice
        }
        Matcher m = NUMERIC_ZONE.matcher(beforeComment);
        if (m.matches()) {
            String signs = m.group(1);
            int sign = !signs.isEmpty() && signs.charAt(signs.length() - 1) == '-' ? -1 : 1;
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (hours <= 18 && minutes < 60) {
                return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            }
        }
        Integer named = ZONES.get(beforeComment.toLowerCase(Locale.ROOT));
        if (named == null) {
            int space = beforeComment.indexOf(' ');
            named = ZONES.get((space < 0 ? beforeComment : beforeComment.substring(0, space)).toLowerCase(Locale.ROOT));
        }
        if (named != null) {
            return ZoneOffset.ofHours(named);
        }
        if (problems != null) {
            problems.add("unknown time zone in date '" + whole + "'; read as UTC");
        }
        return ZoneOffset.UTC;
    }

    private static int month(String name) {
        int i = MONTHS.indexOf(name.toLowerCase(Locale.ROOT));
        return i < 0 || i % 3 != 0 ? -1 : i / 3 + 1;
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() <= 2) {
            return y < 50 ? 2000 + y : 1900 + y;
        }
        return digits.length() == 3 ? 1900 + y : y;
    }
}
