package org.emailresponder.analysis.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;

import org.emailresponder.analysis.AnalysisResult;
import org.emailresponder.analysis.Fact;
import org.emailresponder.store.DatabasePlatform;
import org.emailresponder.store.SequenceIds;
import org.emailresponder.store.SqlValues;

/**
 * Writes analysis results with plain JDBC batches: replaces the message's rows in er_message_fact and sets
 * er_message.language, category and contact_id from the best facts (keeping the old value where analysis found none).
 * Fact ids come from er_fact_seq in blocks of 50, the way EclipseLink allocates them, so both can share the sequence.
 */
public final class FactPersister {
    private static final String DELETE = "DELETE FROM er_message_fact WHERE message_id = ?";
    private static final String INSERT = "INSERT INTO er_message_fact (id, message_id, analyzer, fact_key, fact_value,"
            + " confidence, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE er_message SET language = COALESCE(?, language),"
            + " category = COALESCE(?, category), contact_id = COALESCE(?, contact_id), version = version + 1"
            + " WHERE id = ?";
    /** The same, and a RECEIVED message becomes ANALYZED: one row update instead of two. */
    private static final String UPDATE_AND_MARK = "UPDATE er_message SET language = COALESCE(?, language),"
            + " category = COALESCE(?, category), contact_id = COALESCE(?, contact_id), version = version + 1,"
            + " state = CASE WHEN state = 'RECEIVED' THEN 'ANALYZED' ELSE state END WHERE id = ?";

    private final SequenceIds factIds;

    public FactPersister(DatabasePlatform platform) {
        factIds = new SequenceIds(platform, "er_fact_seq");
    }

    /** Writes the results in the caller's connection and transaction (does not commit). */
    public void write(Connection connection, Collection<AnalysisResult> results) throws SQLException {
        write(connection, results, false);
    }

    /** @param markAnalyzed whether RECEIVED messages become ANALYZED with the same update */
    public void write(Connection connection, Collection<AnalysisResult> results, boolean markAnalyzed) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE);
                PreparedStatement insert = connection.prepareStatement(INSERT);
                PreparedStatement update = connection.prepareStatement(markAnalyzed ? UPDATE_AND_MARK : UPDATE)) {
            for (AnalysisResult result : results) {
                if (result.messageId() <= 0) {
                    continue;
                }
                delete.setLong(1, result.messageId());
                delete.addBatch();
                for (Fact fact : result.facts()) {
                    addInsert(connection, insert, result.messageId(), fact);
                }
                addUpdate(update, result);
            }
            delete.executeBatch();
            insert.executeBatch();
            update.executeBatch();
        }
    }

    private void addInsert(Connection connection, PreparedStatement insert, long messageId, Fact fact)
            throws SQLException {
        insert.setLong(1, factIds.next(connection));
        insert.setLong(2, messageId);
        insert.setString(3, fact.analyzer());
        insert.setString(4, fact.key());
        insert.setString(5, fact.value());
        insert.setDouble(6, fact.confidence());
        setInteger(insert, 7, fact.start());
        setInteger(insert, 8, fact.end());
        insert.addBatch();
    }

    private static void addUpdate(PreparedStatement update, AnalysisResult result) throws SQLException {
        update.setString(1, result.language());
        update.setString(2, result.category());
        SqlValues.setLong(update, 3, result.contactId().orElse(null));
        update.setLong(4, result.messageId());
        update.addBatch();
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
