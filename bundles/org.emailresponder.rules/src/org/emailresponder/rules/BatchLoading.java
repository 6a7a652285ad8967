package org.emailresponder.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.emailresponder.rules.RoutableMessage.Attachment;
import org.emailresponder.rules.RoutableMessage.Fact;
import org.emailresponder.rules.internal.StoredMessage;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.store.model.AgentGroup;

/**
 * Loads a batch for routing with a few plain queries per 500 messages (messages, contacts, facts, attachments) and plans
 * it. The groups with their members come through JPA, once per batch. Plain JDBC because building a JPA entity per
 * message was two thirds of routing a batch.
 */
final class BatchLoading {
    private static final int CHUNK = 500;
    private static final String ROUTING_COLUMNS = "SELECT id, version, tags, priority, state_reason, group_id, assignee_id,"
            + " account_id, contact_id";
    private static final String ROUTABLE = " FROM er_message WHERE id IN (%s) AND state IN ('RECEIVED', 'ANALYZED')";
    private static final String MESSAGES = ROUTING_COLUMNS + ", headers, from_address, from_name, subject, text_body, html_body,"
            + " received_at" + ROUTABLE;
    /** For messages whose content the caller has read already. */
    private static final String MESSAGES_KNOWN = ROUTING_COLUMNS + ROUTABLE;
    private static final String CONTACTS = "SELECT id, custom_fields, first_name, last_name, company, phone, language, notes"
            + " FROM er_contact WHERE id IN (%s)";
    private static final String FACTS = "SELECT message_id, fact_key, fact_value, confidence FROM er_message_fact"
            + " WHERE message_id IN (%s) ORDER BY id";
    private static final String ATTACHMENTS = "SELECT message_id, file_name, content_type, size_bytes FROM er_attachment"
            + " WHERE message_id IN (%s) ORDER BY id";

    private BatchLoading() {
    }

    static BatchPlan plan(EntityManager em, Connection connection, RuleEngine engine, Clock clock, Optional<RuleSet> ruleSet,
            List<Long> ids, Map<Long, MessageContent> known) throws SQLException {
        List<AgentGroup> groups = fresh(em.createQuery("SELECT g FROM AgentGroup g", AgentGroup.class)).getResultList();
        BatchPlanner planner = new BatchPlanner(em, engine, clock, groups, accounts(connection));
        List<PlannedRouting> routings = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (BatchMessage message : load(connection, ids.subList(from, Math.min(ids.size(), from + CHUNK)), known)) {
                routings.add(planner.plan(ruleSet, message));
            }
        }
        return new BatchPlan(routings, planner.changedGroups());
    }

    /** The routable messages among {@code ids}, in the order of {@code ids}. */
    private static List<BatchMessage> load(Connection c, List<Long> ids, Map<Long, MessageContent> known) throws SQLException {
        Map<Long, Row> rows = new HashMap<>();
        boolean allKnown = known.keySet().containsAll(ids);
        try (PreparedStatement st = prepare(c, allKnown ? MESSAGES_KNOWN : MESSAGES, ids); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                rows.put(id, Row.read(rs, allKnown ? known.get(id) : null));
            }
        }
        Map<Long, Map<String, String>> contacts = contacts(c, rows.values().stream().map(Row::contactId).filter(id -> id != null)
                .distinct().toList());
        Map<Long, List<Fact>> facts = new HashMap<>();
        try (PreparedStatement st = prepare(c, FACTS, ids); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                facts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Fact(rs.getString(2), rs.getString(3), rs.getDouble(4)));
            }
        }
        Map<Long, List<Attachment>> attachments = new HashMap<>();
        try (PreparedStatement st = prepare(c, ATTACHMENTS, ids); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                attachments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Attachment(rs.getString(2), rs.getString(3), rs.getLong(4)));
            }
        }
        List<BatchMessage> loaded = new ArrayList<>();
        for (long id : ids) {
            Row row = rows.get(id);
            if (row != null) {
                StoredMessage view = StoredMessage.of(row.content(), row.contactId() == null ? Map.of()
                        : contacts.getOrDefault(row.contactId(), Map.of()), facts.getOrDefault(id, List.of()),
                        attachments.getOrDefault(id, List.of()));
                loaded.add(row.with(view));
            }
        }
        return loaded;
    }

    private static Map<Long, Map<String, String>> contacts(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Map<String, String>> fields = new HashMap<>();
        if (ids.isEmpty()) {
            return fields;
        }
        try (PreparedStatement st = prepare(c, CONTACTS, ids); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                fields.put(rs.getLong(1), StoredMessage.contactFields(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
        return fields;
    }

    private static Map<Long, BatchMessage.Account> accounts(Connection c) throws SQLException {
        Map<Long, BatchMessage.Account> accounts = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name, default_group_id FROM er_mail_account")) {
            while (rs.next()) {
                accounts.put(rs.getLong(1), new BatchMessage.Account(rs.getString(2), rs.getObject(3, Long.class)));
            }
        }
        return accounts;
    }

    private static PreparedStatement prepare(Connection c, String sql, Collection<Long> ids) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql.formatted(String.join(",", Collections.nCopies(ids.size(), "?"))));
        int i = 1;
        for (long id : ids) {
            st.setLong(i++, id);
        }
        return st;
    }

    private static <T> TypedQuery<T> fresh(TypedQuery<T> query) {
        return query.setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .setHint("eclipselink.refresh", "true");
    }

    /** One er_message row before its contact, facts and attachments are added. */
    private record Row(long id, long version, String tags, int priority, String stateReason, Long groupId, Long assigneeId,
            Long accountId, Long contactId, MessageContent content) {

        /** @param known the content when the query left it out, else null (then it is read from the row) */
        static Row read(ResultSet rs, MessageContent known) throws SQLException {
            return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getObject(6, Long.class),
                    rs.getObject(7, Long.class), rs.getObject(8, Long.class), rs.getObject(9, Long.class),
                    known != null ? known : content(rs));
        }

        private static MessageContent content(ResultSet rs) throws SQLException {
            Timestamp received = rs.getTimestamp(16);
            return new MessageContent(rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                    rs.getString(15), received == null ? null : received.toInstant());
        }

        BatchMessage with(StoredMessage view) {
            return new BatchMessage(id, version, tags, priority, stateReason, groupId, assigneeId, accountId, view);
        }
    }
}
