package org.emailresponder.manager.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.emailresponder.analysis.AnalysisInput;
import org.emailresponder.core.MessageState;
import org.emailresponder.manager.internal.Sql;
import org.emailresponder.rules.MessageContent;
import org.emailresponder.store.Store;

/** Reads a batch of messages with two queries (messages, attachment names) per chunk of ids, never one per message. */
final class BatchLoader {
    static final int CHUNK = 500;
    private static final String MESSAGES = "SELECT id, state, from_address, from_name, subject, text_body, html_body, headers,"
            + " received_at, auto_kind, language FROM er_message WHERE id IN (%s)";
    private static final String ATTACHMENTS = "SELECT message_id, file_name FROM er_attachment WHERE message_id IN (%s)"
            + " AND file_name IS NOT NULL";

    private final Store store;

    BatchLoader(Store store) {
        this.store = store;
    }

    /** The messages that still exist, in the order of {@code ids}. */
    List<LoadedMessage> load(List<Long> ids) throws SQLException {
        List<LoadedMessage> loaded = new ArrayList<>(ids.size());
        try (Connection c = store.connection()) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                loaded.addAll(loadChunk(c, ids.subList(from, Math.min(ids.size(), from + CHUNK))));
            }
        }
        return loaded;
    }

    private static List<LoadedMessage> loadChunk(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<String>> attachments = attachments(c, ids);
        Map<Long, LoadedMessage> byId = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(MESSAGES.formatted(placeholders(ids.size())))) {
            bind(st, ids);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    MessageContent content = new MessageContent(rs.getString(8), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), Sql.instant(rs.getTimestamp(9)));
                    AnalysisInput input = AnalysisInput.builder(id).from(content.fromAddress(), content.fromName())
                            .subject(content.subject()).textBody(content.textBody()).htmlBody(content.htmlBody())
                            .headers(HeaderText.parse(content.headers())).receivedAt(content.receivedAt())
                            .autoClassification(rs.getString(10)).attachmentNames(attachments.getOrDefault(id, List.of())).build();
                    byId.put(id, new LoadedMessage(id, MessageState.valueOf(rs.getString(2)), input, rs.getString(11), content));
                }
            }
        }
        List<LoadedMessage> ordered = new ArrayList<>(byId.size());
        ids.stream().map(byId::get).filter(m -> m != null).forEach(ordered::add);
        return ordered;
    }

    private static Map<Long, List<String>> attachments(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<String>> names = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement(ATTACHMENTS.formatted(placeholders(ids.size())))) {
            bind(st, ids);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return names;
    }

    static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    static void bind(PreparedStatement st, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            st.setLong(i + 1, ids.get(i));
        }
    }
}
