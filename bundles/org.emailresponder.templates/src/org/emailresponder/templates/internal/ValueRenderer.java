package org.emailresponder.templates.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;

import org.emailresponder.templates.HeaderValues;
import org.stringtemplate.v4.AttributeRenderer;

/**
 * Renders every value a template prints, by output part: HTML bodies escape, headers lose line breaks. Formats
 * ({@code $x; format="upper"$}): upper, lower, cap, trim, url, html. Numbers use the locale; objects print nothing.
 */
final class ValueRenderer implements AttributeRenderer<Object> {
    private final OutputPart part;

    ValueRenderer(OutputPart part) {
        this.part = part;
    }

    @Override
    public String toString(Object value, String format, Locale locale) {
        if (value instanceof String literal) {
            return literal; // the template's own text (and option literals such as null="customer")
        }
        String text = text(value, locale);
        if (format != null) {
            text = format(text, format, locale);
        }
        return switch (part) {
            case HTML -> escapeHtml(text);
            case HEADER -> HeaderValues.clean(text);
            case TEXT -> text;
        };
    }

    private static String text(Object value, Locale locale) {
        if (value instanceof Text t) {
            return t.value();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Double || value instanceof Float
                || value instanceof java.math.BigDecimal) {
            return NumberFormat.getInstance(locale).format(value);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return "";
    }

    private String format(String text, String format, Locale locale) {
        return switch (format) {
            case "upper" -> text.toUpperCase(locale);
            case "lower" -> text.toLowerCase(locale);
            case "cap" -> text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
            case "trim" -> text.strip();
            case "url" -> URLEncoder.encode(text, StandardCharsets.UTF_8);
            case "html" -> part == OutputPart.HTML ? text : escapeHtml(text);
            default -> text;
        };
    }

    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
