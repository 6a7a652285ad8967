package org.emailresponder.manager;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ILog;
import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.RemoteMessage;
import org.emailresponder.manager.internal.FolderStates;
import org.emailresponder.manager.internal.IngestBatch;
import org.emailresponder.store.SequenceIds;
import org.emailresponder.store.Store;

/**
 * Downloads one account with zero loss: list what is not stored yet, fetch it in batches, store each batch in one
 * transaction (messages, raw bytes, attachments, conversations, folder state), and only after the commit tell the
 * server the messages are stored (flag or delete). A crash at any point either leaves a batch uncommitted (it is
 * downloaded again) or committed but not flagged (the folder state or the dedup key recognizes it next time).
 */
public final class MailIngest {
    private final Store store;
    private final TransportLookup transports;
    private final IngestOptions options;
    private final List<IngestListener> listeners;
    private final IngestBatch batches;
    private final Timings timings = new Timings();

    public MailIngest(Store store, TransportLookup transports, MessageParsing parsing, IngestOptions options, List<IngestListener> listeners) {
        this.store = store;
        this.transports = transports;
        this.options = options;
        this.listeners = List.copyOf(listeners);
        this.batches = new IngestBatch(parsing, new SequenceIds(store.platform(), "er_message_seq"),
                new SequenceIds(store.platform(), "er_conversation_seq"), new SequenceIds(store.platform(), "er_attachment_seq"),
                options.floodLimitPerHour());
    }

    /**
     * Downloads everything new of one account.
     *
     * @param stillLeased asked before each batch; false stops the download (another Manager took the account over)
     * @throws MailException when the server cannot be used; what was committed before stays committed
     */
    public IngestResult poll(AccountConfig account, BooleanSupplier stillLeased) throws MailException, SQLException {
        MailEndpoint endpoint = transports.endpoint(account.incomingUrl(), account.incomingSecret());
        String folder = endpoint.folder() == null || endpoint.folder().isBlank() ? "INBOX" : endpoint.folder();
        try (IncomingMailbox box = transports.forScheme(endpoint.protocol()).openIncoming(endpoint, options.security())) {
            long validity = box.uidValidity();
            IngestBatch.Source source = new IngestBatch.Source(account.id(), folder, validity != 0, validity);
            long t0 = System.nanoTime();
            long lastUid = lastUid(source);
            Collection<String> storedUids = storedUids(source);
            if (account.deleteAfterDownload()) {
                deleteStoredLeftovers(box, lastUid, storedUids);
            }
            List<RemoteMessage> pending = box.list(lastUid, storedUids);
            timings.add("list", t0);
            IngestResult total = IngestResult.NONE;
            List<List<RemoteMessage>> chunks = chunks(pending);
            ExecutorService prefetch = Executors.newSingleThreadExecutor(daemon("emailresponder-prefetch"));
            try {
                // the next batch is downloaded and parsed while the current one is written to the database
                Future<List<IngestBatch.Prepared>> next = chunks.isEmpty() ? null : prefetch.submit(fetchTask(box, chunks.get(0)));
                for (int i = 0; next != null; i++) {
                    List<IngestBatch.Prepared> prepared = await(next);
                    next = i + 1 < chunks.size() ? prefetch.submit(fetchTask(box, chunks.get(i + 1))) : null;
                    if (!stillLeased.getAsBoolean()) {
                        break;
                    }
                    IngestResult result;
                    try {
                        result = storeChunk(account, box, source, prepared);
                    } catch (SQLException e) {
                        throw total.equals(IngestResult.NONE) ? e : new IngestInterruptedByFailure(total, e);
                    }
                    total = total.plus(result);
                    if (result.errors() > 0) {
                        break; // never move the folder state past a message we could not store
                    }
                }
            } finally {
                prefetch.shutdownNow();
            }
            timings.report(account.name());
            return total;
        }
    }

    /**
     * A crash between the commit of a batch and its deletion on the server leaves messages there that are stored
     * already (their UID is at or below the folder position, or their UIDL is recorded): delete those now.
     */
    private static void deleteStoredLeftovers(IncomingMailbox box, long lastUid, Collection<String> storedUids) throws MailException {
        List<RemoteMessage> leftovers = box.list(0, Set.of()).stream()
                .filter(m -> storedUids.contains(m.uid()) || isAtOrBelow(m.uid(), lastUid)).toList();
        if (!leftovers.isEmpty()) {
            box.markStored(leftovers, true);
        }
    }

    private static boolean isAtOrBelow(String uid, long lastUid) {
        try {
            return lastUid > 0 && Long.parseLong(uid) <= lastUid;
        } catch (NumberFormatException notAnImapUid) {
            return false;
        }
    }

    private List<List<RemoteMessage>> chunks(List<RemoteMessage> pending) {
        List<List<RemoteMessage>> chunks = new ArrayList<>();
        for (int from = 0; from < pending.size(); from += options.batchSize()) {
            chunks.add(pending.subList(from, Math.min(pending.size(), from + options.batchSize())));
        }
        return chunks;
    }

    private Callable<List<IngestBatch.Prepared>> fetchTask(IncomingMailbox box, List<RemoteMessage> chunk) {
        return () -> fetchAndParse(box, chunk);
    }

    private List<IngestBatch.Prepared> fetchAndParse(IncomingMailbox box, List<RemoteMessage> chunk) throws MailException {
        long t1 = System.nanoTime();
        List<RemoteMessage> fetched = box.fetch(chunk);
        timings.add("fetch", t1);
        long t2 = System.nanoTime();
        List<IngestBatch.Prepared> prepared = fetched.parallelStream().map(batches::prepare).toList();
        timings.add("parse", t2);
        return prepared;
    }

    private static List<IngestBatch.Prepared> await(Future<List<IngestBatch.Prepared>> next) throws MailException {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailException(MailException.Kind.CONNECTION, "interrupted while downloading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MailException mail) {
                throw mail;
            }
            throw new MailException(MailException.Kind.PROTOCOL, "download failed: " + e.getCause(), e.getCause());
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private long lastUid(IngestBatch.Source source) throws SQLException {
        if (!source.imap()) {
            return 0;
        }
        try (Connection c = store.connection()) {
            long[] state = FolderStates.imapState(c, source.accountId(), source.folder());
            // a changed UIDVALIDITY renumbered the folder: read it all again, dedup keys skip what we have
            return state == null || state[0] != source.uidValidity() ? 0 : state[1];
        }
    }

    private Collection<String> storedUids(IngestBatch.Source source) throws SQLException {
        if (source.imap()) {
            return Set.of();
        }
        try (Connection c = store.connection()) {
            return FolderStates.seenUids(c, source.accountId(), source.folder());
        }
    }

    private IngestResult storeChunk(AccountConfig account, IncomingMailbox box, IngestBatch.Source source,
            List<IngestBatch.Prepared> prepared) throws MailException, SQLException {
        long t3 = System.nanoTime();
        List<RemoteMessage> committed = new ArrayList<>();
        IngestResult result;
        try {
            IngestBatch.Outcome outcome = commit(source, prepared, false);
            prepared.forEach(p -> committed.add(p.remote()));
            result = outcome.counts();
            notifyListeners(account.id(), outcome.receivedIds());
        } catch (SQLException batchFailed) {
            result = storeOneByOne(account, source, prepared, committed, batchFailed);
        }
        if (!committed.isEmpty()) {
            timings.add("store", t3);
            long t4 = System.nanoTime();
            makeDurable();
            timings.add("durable", t4);
            long t5 = System.nanoTime();
            box.markStored(committed, account.deleteAfterDownload());
            timings.add("mark", t5);
        }
        return result;
    }

    /** A batch that failed as a whole is retried message by message, so one bad message cannot block the others. */
    private IngestResult storeOneByOne(AccountConfig account, IngestBatch.Source source, List<IngestBatch.Prepared> prepared,
            List<RemoteMessage> committed, SQLException batchFailure) {
        IngestResult total = IngestResult.NONE;
        for (IngestBatch.Prepared p : prepared) {
            try {
                IngestBatch.Outcome outcome = commitSingle(source, p);
                committed.add(p.remote());
                total = total.plus(outcome.counts());
                notifyListeners(account.id(), outcome.receivedIds());
            } catch (SQLException e) {
                ILog.of(MailIngest.class).error("Account " + account.name() + ": message " + p.remote().uid()
                        + " could not be stored and stays on the server: " + e.getMessage(), e);
                return total.plus(new IngestResult(0, 0, 0, 0, 0, 1));
            }
        }
        return total;
    }

    private IngestBatch.Outcome commitSingle(IngestBatch.Source source, IngestBatch.Prepared p) throws SQLException {
        try {
            return commit(source, List.of(p), false);
        } catch (SQLException storeFailed) {
            // the parsed fields are what the database refused: keep the raw bytes, quarantined with the reason
            return commit(source, List.of(p), true, "database refused the parsed message: " + storeFailed.getMessage());
        }
    }

    private IngestBatch.Outcome commit(IngestBatch.Source source, List<IngestBatch.Prepared> prepared, boolean quarantine) throws SQLException {
        return commit(source, prepared, quarantine, null);
    }

    private IngestBatch.Outcome commit(IngestBatch.Source source, List<IngestBatch.Prepared> prepared, boolean quarantine, String reason)
            throws SQLException {
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                IngestBatch.Outcome outcome = batches.store(c, source, prepared, quarantine, reason);
                c.commit();
                return outcome;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Embedded H2 writes committed transactions to its file up to a second later; a killed process would lose them
     * while the server has already deleted the messages. So H2 is forced to disk before anything is marked.
     */
    private void makeDurable() throws SQLException {
        if (store.settings().url().startsWith("jdbc:h2:") && !store.settings().url().startsWith("jdbc:h2:mem:")) {
            try (Connection c = store.connection(); java.sql.Statement st = c.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            }
        }
    }

    private void notifyListeners(long accountId, List<Long> receivedIds) {
        if (receivedIds.isEmpty()) {
            return;
        }
        for (IngestListener listener : listeners) {
            try {
                listener.received(accountId, receivedIds);
            } catch (RuntimeException e) {
                ILog.of(MailIngest.class).error("Ingest listener " + listener.getClass().getName() + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Where the time of a download goes; printed with -Demailresponder.ingest.timing=true (benchmarks). */
    private static final class Timings {
        private final java.util.Map<String, Long> nanos = new java.util.concurrent.ConcurrentHashMap<>();

        void add(String step, long start) {
            nanos.merge(step, System.nanoTime() - start, Long::sum);
        }

        void report(String account) {
            if (Boolean.getBoolean("emailresponder.ingest.timing")) {
                StringBuilder sb = new StringBuilder("ingest timing " + account + ":");
                nanos.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v / 1_000_000).append("ms"));
                System.out.println(sb);
            }
            nanos.clear();
        }
    }
}
