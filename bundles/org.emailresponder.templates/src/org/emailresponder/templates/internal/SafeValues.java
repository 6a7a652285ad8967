package org.emailresponder.templates.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns provider values into what templates may see: strings, numbers, booleans, lists and {@link VariableObject}s.
 * Dates become formatted text. Anything else is dropped, so no object's toString() or getters ever reach a reply.
 */
public final class SafeValues {
    private static final int MAX_DEPTH = 4;

    private SafeValues() {
    }

    public static Object sanitize(Object value, Locale locale) {
        return sanitize(value, locale, 0);
    }

    private static Object sanitize(Object value, Locale locale, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return null;
        }
        if (value instanceof Text || value instanceof Number || value instanceof Boolean || value instanceof VariableObject) {
            return value;
        }
        if (value instanceof CharSequence || value instanceof Character || value instanceof Enum<?>) {
            return new Text(value instanceof Enum<?> e ? e.name() : value.toString());
        }
        if (value instanceof Date date) {
            return new Text(formatDate(date.toInstant(), locale));
        }
        if (value instanceof TemporalAccessor temporal) {
            String formatted = formatTemporal(temporal, locale);
            return formatted == null ? null : new Text(formatted);
        }
        if (value instanceof Map<?, ?> map) {
            return object("", map, locale, depth);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> items = new ArrayList<>();
            for (Object item : collection) {
                Object safe = sanitize(item, locale, depth + 1);
                if (safe != null) {
                    items.add(safe);
                }
            }
            return items;
        }
        return null;
    }

    /** An open object over a map (used for facts and for values given directly to the engine). */
    public static VariableObject object(String name, Map<?, ?> map, Locale locale, int depth) {
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            Object safe = sanitize(v, locale, depth + 1);
            if (k != null && safe != null) {
                values.put(k.toString(), safe);
            }
        });
        return new VariableObject(name, values, values.keySet(), true);
    }

    public static String formatDate(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(ZoneId.systemDefault()));
    }

    private static String formatTemporal(TemporalAccessor temporal, Locale locale) {
        if (temporal instanceof Instant instant) {
            return formatDate(instant, locale);
        }
        if (temporal instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
        }
        if (temporal instanceof LocalDateTime || temporal instanceof ZonedDateTime) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(temporal);
        }
        return null;
    }
}
