package org.emailresponder.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.emailresponder.analysis.AnalysisInput;
import org.emailresponder.analysis.AnalysisResult;
import org.emailresponder.analysis.MessageAnalysis;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.store.Store;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Facts and message columns are stored on every database dialect we support, with ids shared with EclipseLink. */
class DatabasesTest {

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.H2_MSSQL, TestDatabases.POSTGRESQL})
    void analysisIsStoredInABatchOnEveryDatabase(String kind) throws Exception {
        DatabaseSettings settings = TestDatabases.fresh(kind);
        try (Store store = Store.open(settings);
                MessageAnalysis analysis = new MessageAnalysis(store, Map.of("analysis.budgetMillis", "3000"),
                        TestSupport.builtInAnalyzers())) {
            try (Connection c = store.connection()) {
                TestSupport.insertContact(c, 8, "luca@example.it", "it");
                TestSupport.insertProduct(c, 9, "CAF-9", "Caffettiera Nove", null);
                for (long id = 1; id <= 3; id++) {
                    TestSupport.insertMessage(c, id);
                }
            }
            analysis.refreshProducts(); // the product was added after the analysis loaded the catalog
            List<AnalysisInput> inputs = new ArrayList<>();
            for (long id = 1; id <= 2; id++) {
                inputs.add(AnalysisInput.builder(id).from("luca@example.it", "Luca").subject("Ordine 88231" + id)
                        .textBody("Buongiorno, la Caffettiera Nove che ho ordinato non è ancora arrivata."
                                + " Potete controllare la spedizione? Grazie mille").build());
            }
            // unknown sender, no category: those columns stay empty
            inputs.add(AnalysisInput.builder(3).from("sara@example.org", "Sara").subject("Caffettiera Nove")
                    .textBody("Buongiorno, la Caffettiera Nove che ho comprato fa un rumore strano. Grazie mille")
                    .build());
            List<AnalysisResult> results = analysis.analyzeAll(inputs);
            int facts = results.stream().mapToInt(r -> r.facts().size()).sum();

            assertEquals(facts, count(store, "SELECT COUNT(DISTINCT id) FROM er_message_fact"));
            assertEquals(List.of("it|shipping|8", "it|shipping|8", "it|null|0"), columns(store));
            assertEquals(3, count(store, "SELECT COUNT(*) FROM er_message_fact WHERE fact_key = 'product'"
                    + " AND fact_value = 'CAF-9'"));
        } finally {
            TestDatabases.drop(settings);
        }
    }

    private static List<String> columns(Store store) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = store.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT language, category, contact_id FROM er_message ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getLong(3));
            }
        }
        return rows;
    }

    private static int count(Store store, String sql) throws Exception {
        try (Connection c = store.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
