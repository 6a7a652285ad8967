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

import org.eclipse.core.runtime.ILog;
import org.emailresponder.mail.SenderBlocklist;
import org.emailresponder.mail.SenderBlocklist.Entry;
import org.emailresponder.mail.SenderBlocklist.Kind;

/**
 * Decides whether a sender is blocked (the er_blocked_sender list, matched by the mail bundle's {@link SenderBlocklist})
 * or floods us (more than a limit of messages within an hour).
 */
public final class SenderPolicy {
    private final SenderBlocklist blocklist;
    private final int floodLimitPerHour;
    private final PreparedStatement recentCount;
    private final Map<String, Integer> counts = new HashMap<>();

    public SenderPolicy(Connection c, int floodLimitPerHour) throws SQLException {
        this.blocklist = load(c);
        this.floodLimitPerHour = floodLimitPerHour;
        this.recentCount = c.prepareStatement("SELECT COUNT(*) FROM er_message WHERE from_address = ? AND received_at > ? "
                + "AND (sent_at IS NULL OR sent_at > ?)");
    }

    /** Entries that cannot be used (an unknown kind, a broken pattern) are skipped: one bad entry must not stop ingest. */
    private static SenderBlocklist load(Connection c) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT kind, pattern FROM er_blocked_sender");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                try {
                    Entry entry = new Entry(Kind.valueOf(rs.getString(1).strip().toUpperCase(Locale.ROOT)), rs.getString(2));
                    new SenderBlocklist(List.of(entry));
                    entries.add(entry);
                } catch (IllegalArgumentException e) {
                    ILog.of(SenderPolicy.class).warn("Blocked-sender entry ignored: " + e.getMessage());
                }
            }
        }
        return new SenderBlocklist(entries);
    }

    /** The reason this sender is blocked, or null. */
    public String blockedReason(String address) {
        return blocklist.match(address)
                .map(e -> "blocked sender (" + e.kind().name().toLowerCase(Locale.ROOT) + " " + e.value().strip() + ")").orElse(null);
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
