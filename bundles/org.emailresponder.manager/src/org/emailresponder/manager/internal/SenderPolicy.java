package org.emailresponder.manager.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides whether a sender is blocked (er_blocked_sender: kind ADDRESS = exact address, DOMAIN = the domain and its
 * subdomains, PATTERN = a glob with * and ?) or floods us (more than a limit of messages within an hour).
 */
public final class SenderPolicy {
    private final List<Rule> rules;
    private final int floodLimitPerHour;
    private final PreparedStatement recentCount;
    private final Map<String, Integer> counts = new HashMap<>();

    private record Rule(String kind, String pattern, Pattern glob) {
    }

    public SenderPolicy(Connection c, int floodLimitPerHour) throws SQLException {
        this.rules = load(c);
        this.floodLimitPerHour = floodLimitPerHour;
        this.recentCount = c.prepareStatement("SELECT COUNT(*) FROM er_message WHERE from_address = ? AND received_at > ? "
                + "AND (sent_at IS NULL OR sent_at > ?)");
    }

    private static List<Rule> load(Connection c) throws SQLException {
        List<Rule> rules = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT kind, pattern FROM er_blocked_sender");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String kind = rs.getString(1).toUpperCase(Locale.ROOT);
                String pattern = rs.getString(2).strip().toLowerCase(Locale.ROOT);
                rules.add(new Rule(kind, pattern, kind.equals("PATTERN") ? glob(pattern) : null));
            }
        }
        return rules;
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            regex.append(ch == '*' ? ".*" : ch == '?' ? "." : Pattern.quote(String.valueOf(ch)));
        }
        return Pattern.compile(regex.toString());
    }

    /** The reason this sender is blocked, or null. */
    public String blockedReason(String address) {
        if (address == null) {
            return null;
        }
        String domain = address.substring(address.lastIndexOf('@') + 1);
        for (Rule rule : rules) {
            boolean hit = switch (rule.kind()) {
                case "DOMAIN" -> domain.equals(rule.pattern()) || domain.endsWith("." + rule.pattern());
                case "PATTERN" -> rule.glob().matcher(address).matches();
                default -> address.equals(rule.pattern());
            };
            if (hit) {
                return "blocked sender (" + rule.kind().toLowerCase(Locale.ROOT) + " " + rule.pattern() + ")";
            }
        }
        return null;
    }

    /**
     * Counts this message and tells whether the sender has now exceeded the hourly limit. Only current mail counts
     * (dated within a day): importing an old mailbox is not a flood.
     */
    public String floodReason(String address, Instant sentAt, Instant now) throws SQLException {
        if (address == null || floodLimitPerHour <= 0 || (sentAt != null && sentAt.isBefore(now.minus(Duration.ofDays(1))))) {
            return null;
        }
        Integer count = counts.get(address);
        if (count == null) {
            recentCount.setString(1, address);
            recentCount.setTimestamp(2, Sql.ts(now.minus(Duration.ofHours(1))));
            recentCount.setTimestamp(3, Sql.ts(now.minus(Duration.ofDays(1))));
            try (ResultSet rs = recentCount.executeQuery()) {
                rs.next();
                count = rs.getInt(1);
            }
        }
        counts.put(address, count + 1);
        return count + 1 > floodLimitPerHour ? "flood: more than " + floodLimitPerHour + " messages from this sender within an hour" : null;
    }

    public void close() throws SQLException {
        recentCount.close();
    }
}
