package org.emailresponder.manager.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.emailresponder.core.MessageState;
import org.emailresponder.mail.MimeParser;
import org.emailresponder.mail.RemoteMessage;
import org.emailresponder.manager.IngestResult;
import org.emailresponder.manager.MessageParsing;
import org.emailresponder.manager.ParsedMail;
import org.emailresponder.store.SequenceIds;

/**
 * Stores one fetched batch in ONE transaction: dedup, parse (or quarantine), classify, thread, insert, and record
 * the folder state. Commits, or rolls back completely; nothing is marked on the server before the commit.
 */
public final class IngestBatch {

    /** Where the batch comes from and where the folder state goes. */
    public record Source(long accountId, String folder, boolean imap, long uidValidity) {
    }

    /** The result: counts, new RECEIVED message ids (for routing), and the highest UID committed. */
    public record Outcome(IngestResult counts, List<Long> receivedIds) {
    }

    private final MessageParsing parsing;
    private final SequenceIds messageIds;
    private final SequenceIds conversationIds;
    private final SequenceIds attachmentIds;
    private final int floodLimit;

    public IngestBatch(MessageParsing parsing, SequenceIds messageIds, SequenceIds conversationIds, SequenceIds attachmentIds, int floodLimit) {
        this.parsing = parsing;
        this.messageIds = messageIds;
        this.conversationIds = conversationIds;
        this.attachmentIds = attachmentIds;
        this.floodLimit = floodLimit;
    }

    /** Parsing is done before the transaction opens, so the database is held only for the writes. */
    public record Prepared(RemoteMessage remote, ParsedMail parsed, String unparseable, String dedupKey) {
    }

    public Prepared prepare(RemoteMessage remote) {
        try {
            ParsedMail parsed = parsing.parse(remote.raw());
            return new Prepared(remote, parsed, null, DedupKeys.of(parsed.messageId(), remote.raw()));
        } catch (MessageParsing.UnparseableException | RuntimeException e) {
            String reason = e instanceof MessageParsing.UnparseableException ? e.getMessage() : "parser failed: " + e;
            return new Prepared(remote, null, reason, DedupKeys.of(MimeParser.messageId(remote.raw()), remote.raw()));
        }
    }

    public Outcome store(Connection c, Source source, List<Prepared> batch, boolean forceQuarantine, String forcedReason) throws SQLException {
        Instant now = Instant.now();
        Set<String> known = existingKeys(c, batch);
        Counter counter = new Counter();
        List<Long> received = new ArrayList<>();
        List<FolderStates.Seen> seen = new ArrayList<>();
        SenderPolicy policy = new SenderPolicy(c, floodLimit);
        try (Threader threader = new Threader(c); MessageWriter writer = new MessageWriter(c, attachmentIds)) {
            for (Prepared p : batch) {
                if (!known.add(p.dedupKey())) {
                    counter.duplicates++;
                    seen.add(new FolderStates.Seen(p.remote().uid(), null));
                    continue;
                }
                long id = messageIds.next(c);
                MessageWriter.Row row = forceQuarantine || p.parsed() == null
                        ? quarantined(id, source, p, forceQuarantine ? forcedReason : p.unparseable(), now)
                        : classified(c, id, source, p, policy, threader, writer, now);
                writer.add(row);
                counter.count(row.state());
                if (row.state() == MessageState.RECEIVED) {
                    received.add(id);
                }
                seen.add(new FolderStates.Seen(p.remote().uid(), id));
            }
            writer.flush();
        } finally {
            policy.close();
        }
        saveFolderState(c, source, batch, seen, now);
        return new Outcome(counter.result(), received);
    }

    private MessageWriter.Row quarantined(long id, Source source, Prepared p, String reason, Instant now) {
        return new MessageWriter.Row(id, source.accountId(), null, p.dedupKey(), null, p.remote().raw(), MessageState.QUARANTINED,
                reason, null, now);
    }

    private MessageWriter.Row classified(Connection c, long id, Source source, Prepared p, SenderPolicy policy, Threader threader,
            MessageWriter writer, Instant now) throws SQLException {
        ParsedMail mail = p.parsed();
        String sender = mail.fromAddress() == null ? null : mail.fromAddress().toLowerCase(java.util.Locale.ROOT);
        MessageState state = MessageState.RECEIVED;
        String reason = null;
        Threader.Match match = threader.find(mail);
        Long related = match.relatedMessageId();
        if (mail.autoKind() != null) {
            state = mail.autoKind();
            if (state == MessageState.BOUNCE) {
                Threader.Match original = threader.original(mail.relatedMessageId());
                match = original.conversationId() != null ? original : match;
                related = original.relatedMessageId();
            }
        } else if ((reason = policy.blockedReason(sender)) != null) {
            state = MessageState.BLOCKED;
        } else if ((reason = policy.floodReason(sender, mail.sentAt(), now)) != null) {
            state = MessageState.BLOCKED;
        }
        Long conversation = match.conversationId();
        if (conversation == null) {
            conversation = conversationIds.next(c);
            writer.addConversation(conversation, mail.subject(), sender, now);
        }
        threader.remember(mail, conversation);
        return new MessageWriter.Row(id, source.accountId(), conversation, p.dedupKey(), mail, p.remote().raw(), state, reason,
                related, now);
    }

    private static Set<String> existingKeys(Connection c, List<Prepared> batch) throws SQLException {
        Set<String> found = new HashSet<>();
        StringBuilder sql = new StringBuilder("SELECT dedup_key FROM er_message WHERE dedup_key IN (");
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        try (PreparedStatement st = c.prepareStatement(sql.append(')').toString())) {
            for (int i = 0; i < batch.size(); i++) {
                st.setString(i + 1, batch.get(i).dedupKey());
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private static void saveFolderState(Connection c, Source source, List<Prepared> batch, List<FolderStates.Seen> seen, Instant now)
            throws SQLException {
        if (source.imap()) {
            long last = 0;
            for (Prepared p : batch) {
                last = Math.max(last, Long.parseLong(p.remote().uid()));
            }
            long[] state = FolderStates.imapState(c, source.accountId(), source.folder());
            long previous = state == null || state[0] != source.uidValidity() ? 0 : state[1];
            FolderStates.saveImapState(c, source.accountId(), source.folder(), source.uidValidity(), Math.max(previous, last));
        } else {
            FolderStates.saveSeen(c, source.accountId(), source.folder(), seen, now);
        }
    }

    private static final class Counter {
        int stored;
        int duplicates;
        int quarantined;
        int blocked;
        int auto;

        void count(MessageState state) {
            stored++;
            switch (state) {
                case QUARANTINED -> quarantined++;
                case BLOCKED -> blocked++;
                case AUTO_REPLY, BOUNCE -> auto++;
                default -> { }
            }
        }

        IngestResult result() {
            return new IngestResult(stored, duplicates, quarantined, blocked, auto, 0);
        }
    }
}
