package org.emailresponder.manager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import org.emailresponder.store.Store;

/** Counts for operators: messages by state, replies by state, conversations. */
public record Stats(long messages, Map<String, Long> messageStates, Map<String, Long> replyStates, long conversations) {

    public static Stats read(Store store) throws SQLException {
        try (Connection c = store.connection()) {
            Map<String, Long> messages = grouped(c, "SELECT state, COUNT(*) FROM er_message GROUP BY state");
            Map<String, Long> replies = grouped(c, "SELECT state, COUNT(*) FROM er_reply GROUP BY state");
            long conversations;
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM er_conversation"); ResultSet rs = st.executeQuery()) {
                rs.next();
                conversations = rs.getLong(1);
            }
            return new Stats(messages.values().stream().mapToLong(Long::longValue).sum(), messages, replies, conversations);
        }
    }

    private static Map<String, Long> grouped(Connection c, String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    public String toJson() {
        return "{\"messages\":" + messages + ",\"states\":" + json(messageStates) + ",\"replies\":" + json(replyStates)
                + ",\"conversations\":" + conversations + "}";
    }

    private static String json(Map<String, Long> map) {
        StringBuilder sb = new StringBuilder("{");
        map.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return sb.append('}').toString();
    }

    public String toText() {
        StringBuilder sb = new StringBuilder("messages " + messages + "\n");
        messageStates.forEach((k, v) -> sb.append("  ").append(k).append(' ').append(v).append('\n'));
        sb.append("replies ").append(replyStates.values().stream().mapToLong(Long::longValue).sum()).append('\n');
        replyStates.forEach((k, v) -> sb.append("  ").append(k).append(' ').append(v).append('\n'));
        return sb.append("conversations ").append(conversations).append('\n').toString();
    }
}
