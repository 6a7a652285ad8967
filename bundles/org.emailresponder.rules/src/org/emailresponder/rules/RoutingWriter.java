package org.emailresponder.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.emailresponder.rules.PlannedRouting.PlannedNotification;
import org.emailresponder.store.DatabasePlatform;
import org.emailresponder.store.SequenceIds;
import org.emailresponder.store.SqlValues;
import org.emailresponder.store.model.AgentGroup;

/**
 * Writes planned routings with JDBC batches in the caller's transaction: first the conditional message updates
 * ({@code WHERE id = ? AND version = ?}), then notifications and audit rows only for the messages whose update
 * succeeded, so a message another Manager routed meanwhile is skipped with its notifications.
 */
final class RoutingWriter {
    private static final String UPDATE_MESSAGE = "UPDATE er_message SET state = ?, state_reason = ?, group_id = ?,"
            + " assignee_id = ?, priority = ?, tags = ?, routing_explanation = ?, version = version + 1"
            + " WHERE id = ? AND version = ? AND state IN ('RECEIVED', 'ANALYZED')";
    private static final String UPDATE_GROUP = "UPDATE er_group SET last_assigned_user_id = ?, version = version + 1 WHERE id = ?";
    private static final String INSERT_NOTIFICATION = "INSERT INTO er_notification (id, user_id, message_id, kind, text_value,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_AUDIT = "INSERT INTO er_audit_event (id, at_time, actor, action, entity_type, entity_id,"
            + " details) VALUES (?, ?, ?, 'message.route', 'Message', ?, ?)";

    private final DatabasePlatform platform;
    private final Connection connection;

    RoutingWriter(DatabasePlatform platform, Connection connection) {
        this.platform = platform;
        this.connection = connection;
    }

    /** Writes the plans; returns those applied (the others were no longer at the version read). */
    List<PlannedRouting> write(List<PlannedRouting> plans, List<AgentGroup> changedGroups, String actor, Instant now)
            throws SQLException {
        List<PlannedRouting> applied = updateMessages(plans);
        updateGroups(changedGroups);
        insertNotifications(applied, now);
        insertAudits(applied, actor, now);
        return applied;
    }

    private List<PlannedRouting> updateMessages(List<PlannedRouting> plans) throws SQLException {
        if (plans.isEmpty()) {
            return List.of();
        }
        int[] counts;
        try (PreparedStatement st = connection.prepareStatement(UPDATE_MESSAGE)) {
            for (PlannedRouting plan : plans) {
                st.setString(1, plan.state().name());
                st.setString(2, SqlValues.fit(plan.stateReason(), 2000));
                SqlValues.setLong(st, 3, plan.groupId());
                SqlValues.setLong(st, 4, plan.assigneeId());
                st.setInt(5, plan.priority());
                st.setString(6, plan.tags());
                st.setString(7, SqlValues.fit(plan.explanation(), Integer.MAX_VALUE));
                st.setLong(8, plan.messageId());
                st.setLong(9, plan.version());
                st.addBatch();
            }
            counts = st.executeBatch();
        }
        List<PlannedRouting> applied = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            if (counts[i] == 1) {
                applied.add(plans.get(i));
            }
        }
        return applied;
    }

    private void updateGroups(List<AgentGroup> groups) throws SQLException {
        if (groups.isEmpty()) {
            return;
        }
        try (PreparedStatement st = connection.prepareStatement(UPDATE_GROUP)) {
            for (AgentGroup group : groups) {
                SqlValues.setLong(st, 1, group.getLastAssignedUserId());
                st.setLong(2, group.getId());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private void insertNotifications(List<PlannedRouting> applied, Instant now) throws SQLException {
        SequenceIds ids = new SequenceIds(platform, "er_notification_seq");
        try (PreparedStatement st = connection.prepareStatement(INSERT_NOTIFICATION)) {
            for (PlannedRouting plan : applied) {
                for (PlannedNotification notification : plan.notifications()) {
                    st.setLong(1, ids.next(connection));
                    st.setLong(2, notification.userId());
                    st.setLong(3, plan.messageId());
                    st.setString(4, notification.kind());
                    st.setString(5, SqlValues.fit(notification.text(), 1000));
                    st.setTimestamp(6, Timestamp.from(now));
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    private void insertAudits(List<PlannedRouting> applied, String actor, Instant now) throws SQLException {
        SequenceIds ids = new SequenceIds(platform, "er_audit_seq");
        try (PreparedStatement st = connection.prepareStatement(INSERT_AUDIT)) {
            for (PlannedRouting plan : applied) {
                st.setLong(1, ids.next(connection));
                st.setTimestamp(2, Timestamp.from(now));
                st.setString(3, actor);
                st.setLong(4, plan.messageId());
                st.setString(5, SqlValues.fit(plan.auditDetails(), 4000));
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
