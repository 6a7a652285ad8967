package org.emailresponder.mail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Blocked senders, matched case-insensitively: exact ADDRESS, DOMAIN (subdomains included) and PATTERN (a glob
 * such as {@code *@spam.*}, or a regular expression written {@code re:...} searched in the address). Addresses and
 * domains are hash lookups, so thousands of entries cost nothing; patterns are tried one by one.
 */
public final class SenderBlocklist {

    public enum Kind { ADDRESS, DOMAIN, PATTERN }

    public record Entry(Kind kind, String value) {
    }

    private final Map<String, Entry> addresses = new HashMap<>();
    private final Map<String, Entry> domains = new HashMap<>();
    private final List<Map.Entry<Pattern, Entry>> patterns = new ArrayList<>();

    /** @throws IllegalArgumentException naming the first entry that is empty or not a valid pattern */
    public SenderBlocklist(Collection<Entry> entries) {
        for (Entry e : entries) {
            String v = e.value() == null ? "" : e.value().strip().toLowerCase(Locale.ROOT);
            if (v.isEmpty()) {
                throw new IllegalArgumentException("Blocked sender entry of kind " + e.kind() + " is empty");
            }
            switch (e.kind()) {
                case ADDRESS -> addresses.putIfAbsent(v, e);
                case DOMAIN -> domains.putIfAbsent(bareDomain(v), e);
                case PATTERN -> patterns.add(Map.entry(compile(e.value().strip()), e));
            }
        }
    }

    /** {@code @example.test} and {@code *.example.test} both mean the domain example.test and its subdomains. */
    private static String bareDomain(String v) {
        String d = v.startsWith("@") ? v.substring(1) : v;
        return d.startsWith("*.") ? d.substring(2) : d;
    }

    /** Checks a pattern as an administrator types it; the message says what is wrong. */
    public static Pattern compile(String pattern) {
        try {
            if (pattern.regionMatches(true, 0, "re:", 0, 3)) {
                return Pattern.compile(pattern.substring(3), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            }
            return Pattern.compile(globToRegex(pattern), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Invalid blocked-sender pattern '" + pattern + "': " + e.getDescription(), e);
        }
    }

    /** The first entry that blocks this address, or empty. */
    public Optional<Entry> match(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String a = address.strip().toLowerCase(Locale.ROOT);
        Entry hit = addresses.get(a);
        if (hit != null) {
            return Optional.of(hit);
        }
        int at = a.lastIndexOf('@');
        for (String d = at < 0 ? null : a.substring(at + 1); d != null && !d.isEmpty();
                d = d.indexOf('.') < 0 ? null : d.substring(d.indexOf('.') + 1)) {
            hit = domains.get(d);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        for (Map.Entry<Pattern, Entry> p : patterns) {
            boolean regex = p.getValue().value().strip().regionMatches(true, 0, "re:", 0, 3);
            if (regex ? p.getKey().matcher(a).find() : p.getKey().matcher(a).matches()) {
                return Optional.of(p.getValue());
            }
        }
        return Optional.empty();
    }

    public boolean isBlocked(String address) {
        return match(address).isPresent();
    }

    private static String globToRegex(String glob) {
        StringBuilder sb = new StringBuilder(glob.length() + 8);
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    sb.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                sb.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            sb.append(Pattern.quote(literal.toString()));
        }
        return sb.toString();
    }
}
