package org.emailresponder.manager.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

import org.emailresponder.mail.OwnMessageIds;
import org.emailresponder.mail.SubjectTag;
import org.emailresponder.manager.ParsedMail;
import org.emailresponder.store.SqlValues;

/**
 * Finds the conversation of an incoming message, in this order: a reply of ours it answers (our Message-ID in
 * In-Reply-To/References), any stored message or reply it references, then the subject tag, trusted only when the
 * sender already wrote in that conversation or is its customer. Null means: start a new conversation.
 * Messages of the batch being written are seen through {@link #remember}, as they are not in the database yet.
 */
public final class Threader implements AutoCloseable {
    private final PreparedStatement replyById;
    private final PreparedStatement messageById;
    private final PreparedStatement senderInConversation;
    private final Map<String, Long> batchMessageIds = new HashMap<>();
    private final Map<Long, List<String>> batchSenders = new HashMap<>();

    public Threader(Connection c) throws SQLException {
        replyById = c.prepareStatement("SELECT conversation_id, message_id FROM er_reply WHERE message_id_header = ?");
        messageById = c.prepareStatement("SELECT conversation_id, id FROM er_message WHERE message_id_header = ? AND conversation_id IS NOT NULL");
        senderInConversation = c.prepareStatement("SELECT 1 FROM er_conversation WHERE id = ? AND customer_address = ? "
                + "UNION ALL SELECT 1 FROM er_message WHERE conversation_id = ? AND from_address = ?");
    }

    /** The conversation and, when the message answers something we know, that message's id. */
    public record Match(Long conversationId, Long relatedMessageId) {
        static final Match NONE = new Match(null, null);
    }

    public Match find(ParsedMail mail) throws SQLException {
        List<String> referenced = referenced(mail);
        for (String id : referenced) {
            if (OwnMessageIds.isOwn(id)) {
                Match ours = lookup(replyById, id);
                if (ours != null) {
                    return ours;
                }
            }
        }
        for (String id : referenced) {
            Match match = batchOrStored(id);
            if (match != null) {
                return match;
            }
        }
        OptionalLong tagged = SubjectTag.parse(mail.subject());
        if (tagged.isPresent() && mail.fromAddress() != null && senderBelongs(tagged.getAsLong(), mail.fromAddress())) {
            return new Match(tagged.getAsLong(), null);
        }
        return Match.NONE;
    }

    /** Looks up the message a bounce reports on (by its Message-ID): our reply, or a stored message. */
    public Match original(String messageId) throws SQLException {
        if (messageId == null) {
            return Match.NONE;
        }
        Match match = OwnMessageIds.isOwn(messageId) ? lookup(replyById, messageId) : batchOrStored(messageId);
        return match == null ? Match.NONE : match;
    }

    public void remember(ParsedMail mail, long conversationId) {
        if (mail.messageId() != null) {
            batchMessageIds.put(mail.messageId(), conversationId);
        }
        if (mail.fromAddress() != null) {
            batchSenders.computeIfAbsent(conversationId, k -> new ArrayList<>()).add(mail.fromAddress());
        }
    }

    public void clearBatch() {
        batchMessageIds.clear();
        batchSenders.clear();
    }

    private Match batchOrStored(String id) throws SQLException {
        Long inBatch = batchMessageIds.get(id);
        if (inBatch != null) {
            return new Match(inBatch, null);
        }
        return lookup(messageById, id); // replies carry our Message-IDs only, looked up by find() already
    }

    private static Match lookup(PreparedStatement st, String id) throws SQLException {
        st.setString(1, SqlValues.fit(id, 1000));
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long conversation = rs.getLong(1);
                if (!rs.wasNull()) {
                    return new Match(conversation, (Long) rs.getObject(2, Long.class));
                }
            }
        }
        return null;
    }

    private boolean senderBelongs(long conversationId, String sender) throws SQLException {
        if (batchSenders.getOrDefault(conversationId, List.of()).contains(sender)) {
            return true;
        }
        senderInConversation.setLong(1, conversationId);
        senderInConversation.setString(2, sender);
        senderInConversation.setLong(3, conversationId);
        senderInConversation.setString(4, sender);
        try (ResultSet rs = senderInConversation.executeQuery()) {
            return rs.next();
        }
    }

    private static List<String> referenced(ParsedMail mail) {
        List<String> ids = new ArrayList<>();
        if (mail.inReplyTo() != null) {
            ids.add(mail.inReplyTo());
        }
        List<String> references = new ArrayList<>(mail.references());
        Collections.reverse(references);
        // the nearest ancestors decide; very long References chains add nothing but queries
        references.stream().filter(Objects::nonNull).filter(id -> !ids.contains(id)).limit(20).forEach(ids::add);
        return ids;
    }

    @Override
    public void close() throws SQLException {
        replyById.close();
        messageById.close();
        senderInConversation.close();
    }
}
