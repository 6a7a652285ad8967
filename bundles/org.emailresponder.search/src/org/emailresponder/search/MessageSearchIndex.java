package org.emailresponder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.search.internal.MessageDocuments;
import org.emailresponder.search.internal.StoreMessageReader;
import org.emailresponder.search.internal.TextTokens;
import org.emailresponder.store.Store;

/**
 * Full-text search over messages (subject, body, sender, contact name), kept on disk in a folder chosen by the
 * caller. Results are limited to the groups the user may see. Writes become visible to searches right away.
 * Thread-safe.
 * <p>
 * Durability: new messages (ids above all indexed before) are committed at most every {@link #COMMIT_INTERVAL}, and
 * each commit records the highest id it holds; anything else (a message indexed again, a deletion) is committed at
 * once. After a crash, {@link #recover} indexes the stored messages above the recorded id, so nothing stays missing.
 * A commit per batch (and the segment flush and fsync it costs) was the largest part of indexing during ingest.
 */
public final class MessageSearchIndex implements AutoCloseable {
    private static final Map<String, Float> FIELD_WEIGHTS = Map.of(MessageDocuments.SUBJECT, 2.0f,
            MessageDocuments.BODY, 1.0f, MessageDocuments.FROM, 1.5f, MessageDocuments.CONTACT, 1.5f);

    /** New messages wait at most this long for a commit. */
    public static final Duration COMMIT_INTERVAL = Duration.ofSeconds(10);
    private static final String INDEXED_THROUGH = "indexedThrough";

    private final FSDirectory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    // guarded by this
    private long highestId;
    private Long committedThrough;
    private long lastCommit = System.nanoTime();
    private boolean uncommitted;

    private MessageSearchIndex(FSDirectory directory) throws IOException {
        this.directory = directory;
        Analyzer names = TextTokens.nameAnalyzer();
        this.analyzer = new PerFieldAnalyzerWrapper(TextTokens.textAnalyzer(),
                Map.of(MessageDocuments.FROM, names, MessageDocuments.CONTACT, names));
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
        this.searchers = new SearcherManager(writer, null);
        String through = commitData(writer).get(INDEXED_THROUGH);
        this.committedThrough = through == null ? null : Long.valueOf(through);
        this.highestId = committedThrough == null ? 0 : committedThrough;
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /** Opens the index in {@code folder}, creating it if needed. */
    public static MessageSearchIndex open(Path folder) {
        try {
            return new MessageSearchIndex(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /** Adds the message or replaces its earlier version. */
    public void index(IndexedMessage message) {
        indexAll(List.of(message));
    }

    /** Adds the messages or replaces their earlier versions; see the class comment for when they are committed. */
    public synchronized void indexAll(Collection<IndexedMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        try {
            boolean onlyNew = true;
            for (IndexedMessage m : messages) {
                writer.updateDocument(idTerm(m.id()), MessageDocuments.toDocument(m));
                onlyNew &= m.id() > highestId;
            }
            highestId = Math.max(highestId, messages.stream().mapToLong(IndexedMessage::id).max().getAsLong());
            uncommitted = true;
            if (!onlyNew || System.nanoTime() - lastCommit >= COMMIT_INTERVAL.toNanos()) {
                commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Indexes the stored messages a crash may have kept from the last commit (those above the highest id it recorded);
     * returns how many. An index that never recorded one starts recording from the newest stored message.
     */
    public synchronized int recover(Store store) {
        StoreMessageReader reader = new StoreMessageReader(store);
        if (committedThrough == null) {
            highestId = Math.max(highestId, reader.highestId());
            uncommitted = true;
            commitUnchecked();
            return 0;
        }
        int count = reader.forEachBatchAfter(committedThrough, this::indexAll);
        commitUnchecked();
        return count;
    }

    /** Makes every change so far durable. */
    public synchronized void commit() throws IOException {
        if (!uncommitted) {
            return;
        }
        writer.setLiveCommitData(Map.of(INDEXED_THROUGH, Long.toString(highestId)).entrySet());
        writer.commit();
        committedThrough = highestId;
        lastCommit = System.nanoTime();
        uncommitted = false;
    }

    private void commitUnchecked() {
        try {
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A search sees every write before it: the reader is reopened (only) when something changed, and a search waits
     * for a reopen another search started.
     */
    private void refreshIfChanged() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /**
     * (Re)indexes one message as it is now in the database, e.g. after it was stored, routed or moved; removes it
     * from the index if it no longer exists. Returns whether it exists.
     */
    public boolean indexFromStore(Store store, long messageId) {
        IndexedMessage message = new StoreMessageReader(store).read(messageId);
        if (message == null) {
            delete(messageId);
            return false;
        }
        index(message);
        return true;
    }

    public synchronized void delete(long messageId) {
        try {
            writer.deleteDocuments(idTerm(messageId));
            uncommitted = true;
            commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole index with the messages in the database, read in batches; returns how many. */
    public synchronized int rebuild(Store store) {
        try {
            writer.deleteAll();
            int count = new StoreMessageReader(store).forEachBatch(batch -> {
                for (IndexedMessage m : batch) {
                    addUnchecked(m);
                    highestId = Math.max(highestId, m.id());
                }
            });
            uncommitted = true;
            commit();
            searchers.maybeRefreshBlocking();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addUnchecked(IndexedMessage m) {
        try {
            writer.addDocument(MessageDocuments.toDocument(m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Messages matching {@code query} (words, "phrases", +must, -not, prefix*) that {@code session} may see, best
     * first. Unrouted messages are found only by users who read all groups.
     */
    public List<SearchHit> search(UserSession session, String query, int limit) {
        Query visible = visibleGroups(session);
        if (visible == null || query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELD_WEIGHTS);
        parser.setDefaultOperator(Occur.MUST);
        Query text = parser.parse(query);
        if (text == null) {
            return List.of();
        }
        Query filtered = new BooleanQuery.Builder().add(text, Occur.MUST).add(visible, Occur.FILTER).build();
        return run(filtered, limit);
    }

    private List<SearchHit> run(Query query, int limit) {
        try {
            refreshIfChanged();
            IndexSearcher searcher = searchers.acquire();
            try {
                ScoreDoc[] docs = searcher.search(query, limit).scoreDocs;
                StoredFields stored = searcher.storedFields();
                List<SearchHit> hits = new ArrayList<>(docs.length);
                for (ScoreDoc doc : docs) {
                    Document d = stored.document(doc.doc);
                    hits.add(MessageDocuments.toHit(d, doc.score));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null when the user may see no group at all. */
    private static Query visibleGroups(UserSession session) {
        if (session.may(Permission.READ_ALL_GROUPS)) {
            return MatchAllDocsQuery.INSTANCE;
        }
        if (session.groupIds().isEmpty()) {
            return null;
        }
        List<BytesRef> groups = session.groupIds().stream().map(id -> new BytesRef(Long.toString(id))).toList();
        return new TermInSetQuery(MessageDocuments.GROUP, groups);
    }

    /** Number of indexed messages. */
    public int size() {
        try {
            refreshIfChanged();
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Term idTerm(long id) {
        return new Term(MessageDocuments.ID, Long.toString(id));
    }

    @Override
    public synchronized void close() {
        try {
            commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
