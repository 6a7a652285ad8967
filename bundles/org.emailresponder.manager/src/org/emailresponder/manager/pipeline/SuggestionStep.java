package org.emailresponder.manager.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.emailresponder.search.MessageText;
import org.emailresponder.search.StoreSuggestions;
import org.emailresponder.search.Suggestion;
import org.emailresponder.search.TemplateSuggester;
import org.emailresponder.store.SequenceIds;
import org.emailresponder.store.Store;

/**
 * Ranks templates for routed messages and stores the rankings of a whole batch in one transaction. Before each batch
 * it catches up with the database: templates that changed and the templates agents chose in replies queued since
 * (each such reply teaches the suggester and marks the stored suggestion as chosen).
 */
final class SuggestionStep implements AutoCloseable {
    static final double RULE_HINT = 0.5;
    private static final String TEMPLATES_STAMP = "SELECT COUNT(*), MAX(updated_at), SUM(version) FROM er_template";
    private static final String NEW_CHOICES = "SELECT r.id, r.template_id, r.message_id, m.subject, m.text_body, m.from_address,"
            + " m.from_name FROM er_reply r JOIN er_message m ON m.id = r.message_id WHERE r.id > ? AND r.template_id IS NOT NULL"
            + " AND r.automatic = ? ORDER BY r.id";
    private static final String MARK_CHOSEN = "UPDATE er_template_suggestion SET chosen = ? WHERE message_id = ? AND template_id = ?";
    private static final String DELETE = "DELETE FROM er_template_suggestion WHERE message_id IN (%s)";
    private static final String INSERT = "INSERT INTO er_template_suggestion (id, message_id, template_id, rank_no, score, chosen)"
            + " VALUES (?,?,?,?,?,?)";

    private final Store store;
    private final int limit;
    private final SequenceIds ids;
    private TemplateSuggester suggester;
    private Map<String, Long> templateIds = Map.of();
    private String templatesStamp;
    private long lastReplyId;

    SuggestionStep(Store store, int limit) {
        this.store = store;
        this.limit = limit;
        this.ids = new SequenceIds(store.platform(), "er_suggestion_seq");
    }

    /** Brings templates and agents' choices up to date with the database. */
    synchronized void refresh() throws SQLException {
        try (Connection c = store.connection()) {
            String stamp = templatesStamp(c);
            if (suggester == null || !stamp.equals(templatesStamp)) {
                reload(c);
                templatesStamp = stamp;
            } else {
                learnChoices(c);
            }
        }
    }

    private void reload(Connection c) throws SQLException {
        long replyMark = maxReplyId(c);
        TemplateSuggester fresh = new TemplateSuggester();
        StoreSuggestions.load(store, fresh);
        TemplateSuggester old = suggester;
        suggester = fresh;
        templateIds = templateIds();
        lastReplyId = replyMark;
        if (old != null) {
            old.close();
        }
        learnChoices(c);
    }

    private void learnChoices(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(NEW_CHOICES); PreparedStatement mark = c.prepareStatement(MARK_CHOSEN)) {
            st.setLong(1, lastReplyId);
            st.setBoolean(2, false);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    lastReplyId = rs.getLong(1);
                    long templateId = rs.getLong(2);
                    suggester.recordChoice(new MessageText(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)), templateId);
                    mark.setBoolean(1, true);
                    mark.setLong(2, rs.getLong(3));
                    mark.setLong(3, templateId);
                    mark.addBatch();
                }
            }
            mark.executeBatch();
        }
    }

    /** Computes and stores the rankings; returns how many messages got at least one suggestion. */
    int suggest(List<RoutedMessage> messages) throws SQLException {
        if (messages.isEmpty()) {
            return 0;
        }
        TemplateSuggester current;
        Map<String, Long> names;
        synchronized (this) {
            current = suggester;
            names = templateIds;
        }
        Map<Long, List<Suggestion>> rankings = new HashMap<>();
        messages.parallelStream().map(m -> Map.entry(m.id(), current.suggest(m.text(), m.language(), m.groupId(), hints(m, names), limit)))
                .toList().forEach(e -> rankings.put(e.getKey(), e.getValue()));
        store(messages.stream().map(RoutedMessage::id).toList(), rankings);
        return (int) rankings.values().stream().filter(r -> !r.isEmpty()).count();
    }

    private static Map<Long, Double> hints(RoutedMessage message, Map<String, Long> names) {
        Map<Long, Double> hints = new HashMap<>();
        message.hintedTemplates().stream().map(names::get).filter(Objects::nonNull).forEach(id -> hints.put(id, RULE_HINT));
        return hints;
    }

    private void store(List<Long> messageIds, Map<Long, List<Suggestion>> rankings) throws SQLException {
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement delete = c.prepareStatement(DELETE.formatted(BatchLoader.placeholders(messageIds.size())))) {
                    BatchLoader.bind(delete, messageIds);
                    delete.executeUpdate();
                }
                try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                    for (Map.Entry<Long, List<Suggestion>> ranking : rankings.entrySet()) {
                        addRows(c, insert, ranking.getKey(), ranking.getValue());
                    }
                    insert.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void addRows(Connection c, PreparedStatement insert, long messageId, List<Suggestion> ranking) throws SQLException {
        int rank = 1;
        for (Suggestion s : ranking) {
            insert.setLong(1, ids.next(c));
            insert.setLong(2, messageId);
            insert.setLong(3, s.templateId());
            insert.setInt(4, rank++);
            insert.setDouble(5, s.score());
            insert.setBoolean(6, false);
            insert.addBatch();
        }
    }

    private Map<String, Long> templateIds() {
        Map<String, Long> byName = new HashMap<>();
        store.read(em -> em.createQuery("SELECT t.name, t.id FROM Template t WHERE t.enabled = true ORDER BY t.id DESC", Object[].class)
                .getResultList()).forEach(r -> byName.put((String) r[0], (Long) r[1]));
        return byName;
    }

    private static String templatesStamp(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(TEMPLATES_STAMP); ResultSet rs = st.executeQuery()) {
            rs.next();
            Timestamp latest = rs.getTimestamp(2);
            return rs.getLong(1) + "/" + (latest == null ? "-" : latest.toInstant()) + "/" + rs.getLong(3);
        }
    }

    private static long maxReplyId(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT MAX(id) FROM er_reply"); ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public synchronized void close() {
        if (suggester != null) {
            suggester.close();
        }
    }
}
