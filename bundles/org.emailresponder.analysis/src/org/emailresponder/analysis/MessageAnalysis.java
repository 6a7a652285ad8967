package org.emailresponder.analysis;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.emailresponder.analysis.internal.AnalysisPipeline;
import org.emailresponder.analysis.internal.AnalyzerRegistry;
import org.emailresponder.analysis.internal.ClassifierChoice;
import org.emailresponder.analysis.internal.FactPersister;
import org.emailresponder.analysis.internal.Services;
import org.emailresponder.analysis.internal.builtin.JdbcContactLookup;
import org.emailresponder.analysis.internal.builtin.KeywordCategoryClassifier;
import org.emailresponder.analysis.internal.builtin.ProductCatalog;
import org.emailresponder.analysis.internal.builtin.ReferencePatterns;
import org.emailresponder.store.Store;
import org.emailresponder.store.StoreException;
import org.emailresponder.store.model.Message;

/**
 * Analysis of incoming messages, for the Manager to call right after a message is stored: runs every contributed
 * analyzer (ordered, isolated, time-boxed), writes the facts to er_message_fact and sets the message's language,
 * category and contact.
 * <p>
 * Settings (map given here; each may also be a system property of the same name):
 * {@code analysis.budgetMillis} (time per analyzer, default 200), {@code analysis.failureLimit} (failures or
 * time-outs in a row after which an analyzer is disabled until restart, default 20),
 * {@code analysis.reference.<kind>.<n>} (order/invoice
 * number patterns, see ReferencePatterns), {@code analysis.category.<name>} (keywords of the fallback classifier).
 * Thread-safe: one instance serves all Manager threads.
 */
public final class MessageAnalysis implements AutoCloseable {
    public static final String BUDGET_MILLIS = "analysis.budgetMillis";
    public static final String FAILURE_LIMIT = "analysis.failureLimit";

    private final Store store;
    private final AnalysisPipeline pipeline;
    private final Services services;
    private final ClassifierChoice classifier;
    private final ProductCatalog products;
    private final FactPersister persister;
    private final JdbcContactLookup builtInContacts;
    private volatile ContactLookup contacts;

    /** Analysis with the contributed analyzers, the database's contacts and products, and default settings. */
    public MessageAnalysis(Store store) {
        this(store, Map.of());
    }

    public MessageAnalysis(Store store, Map<String, String> settings) {
        this(store, settings, AnalyzerRegistry.fromPlatform());
    }

    /** @param store may be null: then nothing is looked up or stored (facts from the text only) */
    public MessageAnalysis(Store store, Map<String, String> settings, AnalyzerRegistry registry) {
        this.store = store;
        Map<String, String> all = withSystemProperties(settings);
        services = new Services(all);
        classifier = new ClassifierChoice(KeywordCategoryClassifier.from(all));
        services.put(CategoryClassifier.class, classifier);
        services.put(ReferencePatterns.class, singleton(ReferencePatterns.from(all)));
        products = store == null ? null : new ProductCatalog(store);
        services.put(ProductCatalog.class, () -> products);
        builtInContacts = store == null ? null : new JdbcContactLookup(store);
        contacts = builtInContacts;
        services.put(ContactLookup.class, () -> contacts);
        persister = store == null ? null : new FactPersister(store.platform());
        long budget = Long.parseLong(services.setting(BUDGET_MILLIS, "200").strip());
        int failureLimit = Integer.parseInt(services.setting(FAILURE_LIMIT, "20").strip());
        pipeline = new AnalysisPipeline(registry.enabled(), services, budget, failureLimit);
        warmUp();
    }

    // first database use opens connections and compiles the product matcher: not under the first message's budget
    // and a first message through every analyzer loads their classes and opens the classifier service tracker
    private void warmUp() {
        if (store != null) {
            products.matcher();
            builtInContacts.find("warm-up@invalid");
        }
        classifier.get();
        pipeline.run(AnalysisInput.builder(0).from("warm-up@invalid", "Warm Up").subject("Order 12345 warm-up")
                .textBody("A first message to load every analyzer before real mail arrives. INV-1").build());
    }

    /** Analyzes a stored message and saves the result (facts, language, category, contact) in its own transaction. */
    public AnalysisResult analyze(AnalysisInput input) {
        AnalysisResult result = evaluate(input);
        if (persister != null && input.messageId() > 0) {
            save(List.of(result));
        }
        return result;
    }

    /** Analyzes several stored messages and saves all results in one transaction (faster for a batch of mail). */
    public List<AnalysisResult> analyzeAll(List<AnalysisInput> inputs) {
        List<AnalysisResult> results = new ArrayList<>(inputs.size());
        inputs.forEach(input -> results.add(evaluate(input)));
        if (persister != null) {
            save(results);
        }
        return results;
    }

    /** Runs the analyzers without storing anything. */
    public AnalysisResult evaluate(AnalysisInput input) {
        return pipeline.run(input);
    }

    /** Saves results within the caller's JDBC transaction (the caller commits). */
    public void save(Connection connection, List<AnalysisResult> results) throws SQLException {
        save(connection, results, false);
    }

    /**
     * {@link #save(Connection, List)}, and with {@code markAnalyzed} the messages still RECEIVED become ANALYZED in the
     * same row update (what the Manager's automation does next anyway).
     */
    public void save(Connection connection, List<AnalysisResult> results, boolean markAnalyzed) throws SQLException {
        requireStore();
        persister.write(connection, results, markAnalyzed);
    }

    private void save(List<AnalysisResult> results) {
        try (Connection connection = store.connection()) {
            connection.setAutoCommit(false);
            persister.write(connection, results);
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("Cannot store the analysis of " + results.size() + " message(s): "
                    + e.getMessage(), e);
        }
        // the rows changed behind EclipseLink's back; drop the cached copies
        results.forEach(r -> store.emf().getCache().evict(Message.class, r.messageId()));
    }

    /** Uses this classifier instead of an OSGi-registered one or the keyword fallback; null goes back to those. */
    public void setCategoryClassifier(CategoryClassifier categoryClassifier) {
        classifier.set(categoryClassifier);
    }

    /** Uses this contact lookup (e.g. the contacts bundle's) instead of the built-in JDBC one. */
    public void setContactLookup(ContactLookup lookup) {
        contacts = lookup;
    }

    /** The contact lookup in use (null without a store), e.g. to propose a contact for an unknown sender. */
    public ContactLookup contactLookup() {
        return contacts;
    }

    /** Reloads product names, codes and aliases after they changed. */
    public void refreshProducts() {
        if (products != null) {
            products.refresh();
        }
    }

    /** Ids of the analyzers that run, in order (those disabled since are still listed). */
    public List<String> analyzerIds() {
        return pipeline.analyzers().stream().map(d -> d.id()).toList();
    }

    private void requireStore() {
        if (persister == null) {
            throw new IllegalStateException("this MessageAnalysis has no store to save to");
        }
    }

    private static Map<String, String> withSystemProperties(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>();
        System.getProperties().forEach((k, v) -> {
            if (k.toString().startsWith("analysis.")) {
                all.put(k.toString(), v.toString());
            }
        });
        all.putAll(settings);
        return all;
    }

    private static <T> java.util.function.Supplier<T> singleton(T value) {
        return () -> value;
    }

    @Override
    public void close() {
        pipeline.close();
        classifier.close();
        if (builtInContacts != null) {
            builtInContacts.close();
        }
    }
}
