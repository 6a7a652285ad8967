package org.emailresponder.manager.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.emailresponder.core.MessageState;
import org.emailresponder.mail.MimeParser;
import org.emailresponder.manager.ParsedMail;
import org.emailresponder.store.SequenceIds;
import org.emailresponder.store.SqlValues;

/** JDBC batch inserts of messages, their raw bytes, attachments and new conversations; executed by {@link #flush}. */
public final class MessageWriter implements AutoCloseable {
    private static final String INSERT_MESSAGE = "INSERT INTO er_message (id, account_id, conversation_id, dedup_key, "
            + "message_id_header, in_reply_to, references_header, from_address, from_name, to_addresses, cc_addresses, "
            + "reply_to, subject, sent_at, received_at, size_bytes, text_body, html_body, headers, state, state_reason, "
            + "auto_kind, related_message_id, priority, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,1)";

    private final PreparedStatement conversations;
    private final PreparedStatement messages;
    private final PreparedStatement raws;
    private final PreparedStatement attachments;
    private final SequenceIds attachmentIds;
    private final Connection connection;

    /** One message ready to insert. parsed is null for a quarantined message. */
    public record Row(long id, long accountId, Long conversationId, String dedupKey, ParsedMail parsed, byte[] raw,
            MessageState state, String reason, Long relatedMessageId, Instant receivedAt) {
    }

    public MessageWriter(Connection c, SequenceIds attachmentIds) throws SQLException {
        this.connection = c;
        this.attachmentIds = attachmentIds;
        conversations = c.prepareStatement("INSERT INTO er_conversation (id, subject, customer_address, status, created_at, "
                + "updated_at, version) VALUES (?,?,?,'OPEN',?,?,1)");
        messages = c.prepareStatement(INSERT_MESSAGE);
        raws = c.prepareStatement("INSERT INTO er_message_raw (message_id, raw) VALUES (?,?)");
        attachments = c.prepareStatement("INSERT INTO er_attachment (id, message_id, file_name, content_type, content_id, "
                + "size_bytes, inline_part, tnef, data) VALUES (?,?,?,?,?,?,?,?,?)");
    }

    public void addConversation(long id, String subject, String customer, Instant now) throws SQLException {
        conversations.setLong(1, id);
        conversations.setString(2, SqlValues.fit(subject, 1000));
        conversations.setString(3, SqlValues.fit(customer, 320));
        conversations.setTimestamp(4, Sql.ts(now));
        conversations.setTimestamp(5, Sql.ts(now));
        conversations.addBatch();
    }

    public void add(Row row) throws SQLException {
        ParsedMail p = row.parsed();
        messages.setLong(1, row.id());
        messages.setLong(2, row.accountId());
        SqlValues.setLong(messages, 3, row.conversationId());
        messages.setString(4, row.dedupKey());
        messages.setString(5, p == null ? null : SqlValues.fit(p.messageId(), 1000));
        messages.setString(6, p == null ? null : SqlValues.fit(p.inReplyTo(), 1000));
        messages.setString(7, p == null || p.references().isEmpty() ? null : SqlValues.fit(String.join(" ", p.references()), 100_000));
        messages.setString(8, p == null ? null : SqlValues.fit(lower(p.fromAddress()), 320));
        messages.setString(9, p == null ? null : SqlValues.fit(p.fromName(), 300));
        messages.setString(10, p == null ? null : SqlValues.fit(p.to(), 100_000));
        messages.setString(11, p == null ? null : SqlValues.fit(p.cc(), 100_000));
        messages.setString(12, p == null ? null : SqlValues.fit(p.replyTo(), 1000));
        messages.setString(13, p == null ? null : SqlValues.fit(p.subject(), 1000));
        messages.setTimestamp(14, p == null ? null : Sql.ts(p.sentAt()));
        messages.setTimestamp(15, Sql.ts(row.receivedAt()));
        messages.setLong(16, row.raw().length);
        messages.setString(17, p == null ? null : SqlValues.fit(p.textBody(), 10_000_000));
        messages.setString(18, p == null ? null : SqlValues.fit(p.htmlBody(), 10_000_000));
        messages.setString(19, p == null ? MimeParser.headerSection(row.raw()).replace("\0", "") : SqlValues.fit(p.headers(), 1_000_000));
        messages.setString(20, row.state().name());
        messages.setString(21, SqlValues.fit(row.reason(), 2000));
        messages.setString(22, p == null || p.autoKind() == null ? null : p.autoKind().name());
        SqlValues.setLong(messages, 23, row.relatedMessageId());
        messages.addBatch();
        raws.setLong(1, row.id());
        raws.setBytes(2, row.raw());
        raws.addBatch();
        if (p != null) {
            addAttachments(row.id(), p.attachments());
        }
    }

    private void addAttachments(long messageId, List<ParsedMail.Part> parts) throws SQLException {
        for (ParsedMail.Part part : parts) {
            attachments.setLong(1, attachmentIds.next(connection));
            attachments.setLong(2, messageId);
            attachments.setString(3, SqlValues.fit(part.fileName(), 500));
            attachments.setString(4, SqlValues.fit(part.contentType(), 300));
            attachments.setString(5, SqlValues.fit(part.contentId(), 500));
            attachments.setLong(6, part.data().length);
            attachments.setBoolean(7, part.inline());
            attachments.setBoolean(8, "application/ms-tnef".equalsIgnoreCase(part.contentType()));
            attachments.setBytes(9, part.data());
            attachments.addBatch();
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** Executes the batched inserts in dependency order (conversations, messages, then what references messages). */
    public void flush() throws SQLException {
        conversations.executeBatch();
        messages.executeBatch();
        raws.executeBatch();
        attachments.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        conversations.close();
        messages.close();
        raws.close();
        attachments.close();
    }
}
