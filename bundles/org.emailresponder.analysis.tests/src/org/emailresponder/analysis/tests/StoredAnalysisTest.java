package org.emailresponder.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.emailresponder.analysis.AnalysisInput;
import org.emailresponder.analysis.AnalysisResult;
import org.emailresponder.analysis.CategoryClassifier;
import org.emailresponder.analysis.ContactLookup;
import org.emailresponder.analysis.Fact;
import org.emailresponder.analysis.MessageAnalysis;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in analyzers against a real (H2) database: contacts, products, facts and message columns stored. */
class StoredAnalysisTest {
    private Store store;
    private MessageAnalysis analysis;

    @BeforeEach
    void open() throws Exception {
        store = TestSupport.freshH2();
        try (Connection c = store.connection()) {
            TestSupport.insertContact(c, 7, "anna.berger@example.de", "de");
            TestSupport.insertProduct(c, 3, "X-200", "Espresso Master", "EM200, Espressomaschine Master");
            TestSupport.insertProduct(c, 4, "TB-10", "Travel Bag", null);
            TestSupport.insertMessage(c, 101);
            TestSupport.insertMessage(c, 102);
        }
        // a generous budget: these tests are about results, not timing, and the build machine is shared
        analysis = new MessageAnalysis(store, Map.of("analysis.budgetMillis", "3000"), TestSupport.builtInAnalyzers());
    }

    @AfterEach
    void close() {
        analysis.close();
        store.close();
    }

    private static AnalysisInput annasMail(long id) {
        return AnalysisInput.builder(id).from("Anna.Berger@example.de", "Anna Berger")
                .subject("Rechnung zu Bestellung 4711-0815")
                .textBody("Guten Tag,\n\nmeine Espresso Master (X-200) heizt nicht mehr. Die Rechnung INV-20991 habe"
                        + " ich beigelegt. Bitte um Rückerstattung oder Umtausch.\n\nViele Grüße\nAnna Berger")
                .build();
    }

    @Test
    void knownSenderProductsNumbersLanguageAndCategoryAreFoundWithOffsets() {
        AnalysisInput input = annasMail(101);
        AnalysisResult result = analysis.analyze(input);

        assertEquals(List.of(), result.skipped());
        assertEquals(7L, result.contactId().orElseThrow());
        assertEquals("de", result.language());
        assertEquals("billing", result.category());
        assertEquals("4711-0815", result.value("order.number"));
        assertEquals("INV-20991", result.value("invoice.number"));
        List<Fact> products = result.all("product");
        assertEquals(List.of("X-200"), products.stream().map(Fact::value).toList());
        assertEquals("Espresso Master", input.text().substring(products.get(0).start(), products.get(0).end()));
        for (Fact fact : result.facts()) {
            if (fact.hasSpan() && !fact.key().equals("product")) {
                assertEquals(fact.value(), input.text().substring(fact.start(), fact.end()));
            }
        }
    }

    @Test
    void factsAndMessageColumnsAreStoredAndReanalysisReplacesThem() throws Exception {
        AnalysisResult first = analysis.analyze(annasMail(101));
        analysis.analyze(annasMail(101));

        assertEquals(first.facts().size(), count("SELECT COUNT(*) FROM er_message_fact WHERE message_id = 101"));
        assertEquals(first.facts().size(), count("SELECT COUNT(DISTINCT id) FROM er_message_fact"));
        Message message = store.read(em -> em.find(Message.class, 101L));
        assertEquals("de", message.getLanguage());
        assertEquals("billing", message.getCategory());
        assertEquals(7L, message.getContact().getId());
        List<String> stored = new ArrayList<>();
        try (Connection c = store.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT analyzer, fact_key, fact_value, start_offset, end_offset FROM er_message_fact"
                        + " WHERE fact_key = 'invoice.number'")) {
            while (rs.next()) {
                stored.add(rs.getString(1) + "|" + rs.getString(3) + "|" + rs.getInt(4) + ".." + rs.getInt(5));
            }
        }
        Fact invoice = first.best("invoice.number").orElseThrow();
        assertEquals(List.of("org.emailresponder.analysis.references|INV-20991|" + invoice.start() + ".."
                + invoice.end()), stored);
    }

    @Test
    void unknownSenderIsReportedAndCanBeProposedAsAContact() throws Exception {
        AnalysisResult result = analysis.analyze(AnalysisInput.builder(102).from("new.customer@example.com",
                "Nina Neu").subject("Travel bag question").textBody("Does the travel bag fit in the overhead bin?")
                .build());
        assertEquals("new.customer@example.com", result.value("contact.unknown"));
        assertEquals("TB-10", result.value("product"));

        ContactLookup contacts = analysis.contactLookup();
        long id = contacts.propose("new.customer@example.com", "Nina Neu");
        assertEquals(id, contacts.find("NEW.customer@example.com").orElseThrow().contactId());
        assertEquals(id, contacts.propose("new.customer@example.com", "Nina Neu"));
        assertEquals(1, count("SELECT COUNT(*) FROM er_contact WHERE proposed = TRUE AND last_name = 'Neu'"));
    }

    @Test
    void refreshedProductsAreFoundAfterRefresh() throws Exception {
        AnalysisInput input = AnalysisInput.builder(102).subject("Milk Frother MF-1 broken").build();
        assertTrue(analysis.evaluate(input).all("product").isEmpty());
        try (Connection c = store.connection()) {
            TestSupport.insertProduct(c, 5, "MF-1", "Milk Frother", null);
        }
        analysis.refreshProducts();
        assertEquals("MF-1", analysis.evaluate(input).value("product"));
    }

    @Test
    void aPluggedInClassifierReplacesTheKeywordFallback() {
        CategoryClassifier fixed = fields -> List.of(new CategoryClassifier.Prediction("vip", 0.8),
                new CategoryClassifier.Prediction(fields.get(CategoryClassifier.LANGUAGE), 0.1));
        analysis.setCategoryClassifier(fixed);
        AnalysisResult result = analysis.evaluate(annasMail(101));
        assertEquals(List.of("vip", "de"), result.all("category").stream().map(Fact::value).toList());
        analysis.setCategoryClassifier(null);
        assertEquals("billing", analysis.evaluate(annasMail(101)).category());
    }

    @Test
    void savingForTheManagerMarksReceivedMessagesAnalyzedInTheSameUpdate() throws Exception {
        try (Connection c = store.connection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE er_message SET state = 'ROUTED' WHERE id = 102");
        }
        List<AnalysisResult> results = List.of(analysis.evaluate(annasMail(101)), analysis.evaluate(annasMail(102)));
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            analysis.save(c, results, true);
            c.commit();
        }

        assertEquals(1, count("SELECT COUNT(*) FROM er_message WHERE id = 101 AND state = 'ANALYZED' AND version = 2"
                + " AND language = 'de' AND contact_id = 7"));
        assertEquals(1, count("SELECT COUNT(*) FROM er_message WHERE id = 102 AND state = 'ROUTED' AND language = 'de'"),
                "a message past RECEIVED keeps its state");
        assertEquals(2 * results.get(0).facts().size(), count("SELECT COUNT(*) FROM er_message_fact"));
    }

    private int count(String sql) throws Exception {
        try (Connection c = store.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
