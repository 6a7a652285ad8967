package org.emailresponder.search.bench;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a corpus message arrived: the delivery time of the mbox "From " line (UTC-ish local time, good enough for
 * ordering), else the Date header. Tolerant of the many broken date formats of 2002-era mail.
 */
final class MailDates {
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final Pattern ENVELOPE = Pattern.compile(
            "(\\w{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+(\\d{4})\\s*$");
    private static final Pattern HEADER = Pattern.compile(
            "(\\d{1,2})\\s+(\\w{3})\\w*\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{4})?");

    private MailDates() {
    }

    static Instant of(RawMail mail) {
        Instant envelope = envelope(mail.envelopeLine());
        return envelope != null ? envelope : header(mail.header("Date"));
    }

    private static Instant envelope(String line) {
        if (line == null) {
            return null;
        }
        Matcher m = ENVELOPE.matcher(line.trim());
        if (!m.find()) {
            return null;
        }
        return build(m.group(6), m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), null);
    }

    private static Instant header(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = HEADER.matcher(value);
        if (!m.find()) {
            return null;
        }
        return build(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6), m.group(7));
    }

    private static Instant build(String year, String month, String day, String hour, String minute, String second,
            String zone) {
        int monthIndex = MONTHS.indexOf(month.toLowerCase(Locale.ROOT));
        if (monthIndex < 0) {
            return null;
        }
        int y = Integer.parseInt(year);
        y = y < 100 ? y + (y < 50 ? 2000 : 1900) : y;
        try {
            LocalDateTime local = LocalDateTime.of(y, monthIndex + 1, Integer.parseInt(day), Integer.parseInt(hour),
                    Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
            ZoneOffset offset = zone == null ? ZoneOffset.UTC : ZoneOffset.of(zone);
            return local.toInstant(offset);
        } catch (RuntimeException invalid) {
            return null;
        }
    }
}
