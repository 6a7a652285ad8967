package org.emailresponder.search.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.emailresponder.mail.HtmlText;
import org.emailresponder.search.IndexedMessage;
import org.emailresponder.store.Store;

/** Reads er_message in id order, a batch per read transaction, as {@link IndexedMessage}s. */
public final class StoreMessageReader {
    static final int BATCH = 500;
    private static final String SELECT = "select m.id, g.id, m.subject, m.textBody, m.htmlBody, m.fromAddress,"
            + " m.fromName, c.firstName, c.lastName, m.receivedAt from Message m left join m.group g"
            + " left join m.contact c";
    private static final String QUERY = SELECT + " where m.id > :after order by m.id";
    private static final String BY_ID = SELECT + " where m.id = :id";

    private final Store store;

    public StoreMessageReader(Store store) {
        this.store = store;
    }

    /** Calls {@code sink} for every batch; returns the number of messages read. */
    public int forEachBatch(Consumer<List<IndexedMessage>> sink) {
        return forEachBatchAfter(Long.MIN_VALUE, sink);
    }

    /** {@link #forEachBatch} for the messages with an id above {@code afterId}. */
    public int forEachBatchAfter(long afterId, Consumer<List<IndexedMessage>> sink) {
        long after = afterId;
        int count = 0;
        while (true) {
            List<IndexedMessage> batch = readAfter(after);
            if (batch.isEmpty()) {
                return count;
            }
            sink.accept(batch);
            count += batch.size();
            after = batch.get(batch.size() - 1).id();
        }
    }

    /** The highest message id stored, 0 when there is none. */
    public long highestId() {
        Long max = store.read(em -> em.createQuery("select max(m.id) from Message m", Long.class).getSingleResult());
        return max == null ? 0 : max;
    }

    /** The message with this id, or null if there is none. */
    public IndexedMessage read(long id) {
        List<IndexedMessage> found = toMessages(store.read(em -> em.createQuery(BY_ID, Object[].class)
                .setParameter("id", id).getResultList()));
        return found.isEmpty() ? null : found.get(0);
    }

    private List<IndexedMessage> readAfter(long after) {
        return toMessages(store.read(em -> em.createQuery(QUERY, Object[].class).setParameter("after", after)
                .setMaxResults(BATCH).getResultList()));
    }

    private static List<IndexedMessage> toMessages(List<Object[]> rows) {
        List<IndexedMessage> batch = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String body = r[3] != null ? (String) r[3] : HtmlText.toText((String) r[4]);
            batch.add(new IndexedMessage((Long) r[0], (Long) r[1], (String) r[2], body, (String) r[5],
                    (String) r[6], contactName((String) r[7], (String) r[8]), (Instant) r[9]));
        }
        return batch;
    }

    static String contactName(String first, String last) {
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        return name.isEmpty() ? null : name;
    }
}
