package org.emailresponder.analysis.internal.builtin;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.emailresponder.analysis.internal.builtin.KeywordMatcher.Keyword;
import org.emailresponder.store.Store;
import org.emailresponder.store.StoreException;

/**
 * Product names, codes and aliases from er_product, compiled into one {@link KeywordMatcher}. Loaded on first use;
 * {@link #refresh()} reloads after products change (the matcher in use is swapped atomically).
 */
public final class ProductCatalog {
    /** Terms shorter than this are ignored: they would match ordinary words. */
    static final int MIN_TERM_LENGTH = 3;

    private final Store store;
    private volatile KeywordMatcher<ProductTerm> matcher;

    public ProductCatalog(Store store) {
        this.store = store;
    }

    /** What a matched term means: the product's code, and how the text named it. */
    public record ProductTerm(String code, String kind, double confidence) {
    }

    public KeywordMatcher<ProductTerm> matcher() {
        KeywordMatcher<ProductTerm> current = matcher;
        return current != null ? current : refresh();
    }

    public synchronized KeywordMatcher<ProductTerm> refresh() {
        try (Connection c = store.connection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT code, name, aliases FROM er_product")) {
            List<Keyword<ProductTerm>> keywords = new ArrayList<>();
            while (rs.next()) {
                addTerms(keywords, rs.getString(1), rs.getString(2), rs.getString(3));
            }
            matcher = KeywordMatcher.compile(keywords);
            return matcher;
        } catch (SQLException e) {
            throw new StoreException("Cannot load the products for analysis: " + e.getMessage(), e);
        }
    }

    /** Aliases are separated by commas, semicolons or line breaks. */
    static void addTerms(List<Keyword<ProductTerm>> keywords, String code, String name, String aliases) {
        add(keywords, code, new ProductTerm(code, "code", 0.95));
        add(keywords, name, new ProductTerm(code, "name", 0.9));
        if (aliases != null) {
            for (String alias : aliases.split("[,;\\n]")) {
                add(keywords, alias, new ProductTerm(code, "alias", 0.8));
            }
        }
    }

    private static void add(List<Keyword<ProductTerm>> keywords, String term, ProductTerm meaning) {
        if (term != null && term.strip().length() >= MIN_TERM_LENGTH) {
            keywords.add(new Keyword<>(term.strip(), meaning));
        }
    }
}
