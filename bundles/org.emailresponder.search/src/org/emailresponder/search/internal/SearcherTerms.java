package org.emailresponder.search.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;

/**
 * Term statistics of one index reader, kept for every query run on it: a reader never changes, and looking a term up
 * (a seek per segment) was a sixth of a template suggestion. Thread-safe; holds at most {@link #MAX_TERMS} terms.
 */
public final class SearcherTerms {
    static final int MAX_TERMS = 200_000;

    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new ConcurrentHashMap<>();

    public SearcherTerms(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** Whether these statistics hold for {@code other} (it reads the same reader). */
    public boolean isFor(IndexSearcher other) {
        return other.getIndexReader() == searcher.getIndexReader();
    }

    public IndexReader reader() {
        return searcher.getIndexReader();
    }

    /** The statistics of {@code term}, usable in a {@code TermQuery} run on this reader. */
    public TermStates of(Term term) throws IOException {
        TermStates found = states.get(term);
        if (found == null) {
            found = TermStates.build(searcher, term, true);
            if (states.size() < MAX_TERMS) {
                states.put(term, found);
            }
        }
        return found;
    }
}
