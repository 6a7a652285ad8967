package org.emailresponder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
 */
public final class MessageSearchIndex implements AutoCloseable {
    private static final Map<String, Float> FIELD_WEIGHTS = Map.of(MessageDocuments.SUBJECT, 2.0f,
            MessageDocuments.BODY, 1.0f, MessageDocuments.FROM, 1.5f, MessageDocuments.CONTACT, 1.5f);

    private final FSDirectory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private MessageSearchIndex(FSDirectory directory) throws IOException {
        this.directory = directory;
        Analyzer names = TextTokens.nameAnalyzer();
        this.analyzer = new PerFieldAnalyzerWrapper(TextTokens.textAnalyzer(),
                Map.of(MessageDocuments.FROM, names, MessageDocuments.CONTACT, names));
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
        this.searchers = new SearcherManager(writer, null);
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

    public void indexAll(Collection<IndexedMessage> messages) {
        try {
            for (IndexedMessage m : messages) {
                writer.updateDocument(idTerm(m.id()), MessageDocuments.toDocument(m));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    public void delete(long messageId) {
        try {
            writer.deleteDocuments(idTerm(messageId));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole index with the messages in the database, read in batches; returns how many. */
    public int rebuild(Store store) {
        try {
            writer.deleteAll();
            int count = new StoreMessageReader(store).forEachBatch(batch -> {
                for (IndexedMessage m : batch) {
                    addUnchecked(m);
                }
            });
            writer.commit();
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
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
