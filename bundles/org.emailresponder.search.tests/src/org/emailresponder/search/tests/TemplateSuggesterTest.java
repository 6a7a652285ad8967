package org.emailresponder.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;
import java.util.Set;

import org.emailresponder.search.MessageText;
import org.emailresponder.search.StoreSuggestions;
import org.emailresponder.search.Suggestion;
import org.emailresponder.search.TemplateEntry;
import org.emailresponder.search.TemplateSuggester;
import org.emailresponder.store.Store;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.Test;

class TemplateSuggesterTest {
    private static final long SHIPPING = 1;
    private static final long DELAY = 2;
    private static final long REFUND = 3;
    private static final MessageText LATE_PARCEL = MessageText.of("Where is my parcel?",
            "My parcel has not arrived yet, the shipping status shows no tracking update.");

    @Test
    void ranksByTextSimilarityFirst() {
        try (TemplateSuggester suggester = withTemplates()) {
            List<Suggestion> ranked = suggester.suggest(LATE_PARCEL, "en", null, 3);
            assertEquals(SHIPPING, ranked.get(0).templateId());
            assertEquals(0.0, ranked.get(0).historyScore());
            assertFalse(ids(ranked).contains(REFUND), "a template sharing no word is not suggested");
        }
    }

    @Test
    void recordedChoicesOutrankABetterTextMatch() {
        try (TemplateSuggester suggester = withTemplates()) {
            suggester.recordChoice(MessageText.of("Parcel not arrived", "my parcel has not arrived, no tracking"),
                    DELAY);
            suggester.recordChoice(MessageText.of("Still waiting for parcel", "parcel not arrived, tracking stuck"),
                    DELAY);
            suggester.recordChoice("Parcel missing. The shipping tracking shows nothing and it has not arrived",
                    DELAY);

            List<Suggestion> ranked = suggester.suggest(LATE_PARCEL, "en", null, 3);

            assertEquals(DELAY, ranked.get(0).templateId(), ranked.toString());
            Suggestion delay = ranked.get(0);
            Suggestion shipping = ranked.stream().filter(s -> s.templateId() == SHIPPING).findFirst().orElseThrow();
            assertTrue(delay.textScore() < shipping.textScore(), "the chosen template's text is less similar");
            assertTrue(delay.historyScore() > 0);
        }
    }

    @Test
    void suggestionsRunInParallelRightAfterLoadingSeeEveryTemplate() throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (TemplateSuggester suggester = withTemplates()) {
                List<Callable<List<Suggestion>>> calls = Collections.nCopies(8, () -> suggester.suggest(LATE_PARCEL, "en", null, 3));
                ExecutorService threads = Executors.newFixedThreadPool(4);
                try {
                    for (Future<List<Suggestion>> ranked : threads.invokeAll(calls)) {
                        assertEquals(SHIPPING, ranked.get().get(0).templateId());
                    }
                } finally {
                    threads.shutdown();
                }
            }
        }
    }

    @Test
    void respectsGroupLanguageAndRuleHints() {
        try (TemplateSuggester suggester = withTemplates()) {
            suggester.putTemplate(new TemplateEntry(4, "Versand (intern)", "Paket", "Ihr Paket parcel shipping tracking",
                    "de", Set.of(99L)));
            assertFalse(ids(suggester.suggest(LATE_PARCEL, "en", 5L, 10)).contains(4L), "German template hidden");
            assertFalse(ids(suggester.suggest(LATE_PARCEL, null, 5L, 10)).contains(4L), "other group's template");
            assertTrue(ids(suggester.suggest(LATE_PARCEL, "de", 99L, 10)).contains(4L));

            List<Suggestion> hinted = suggester.suggest(LATE_PARCEL, "en", null, Map.of(REFUND, 2.0), 3);
            assertEquals(REFUND, hinted.get(0).templateId());
            assertEquals(2.0, hinted.get(0).hintScore());
        }
    }

    @Test
    void storesSuggestionsAndLearnsFromRecordedReplies() throws Exception {
        try (Store store = TestDatabases.open(TestDatabases.H2); TemplateSuggester suggester = new TemplateSuggester()) {
            long group = StoreFixture.group(store, "Shop");
            long shipping = StoreFixture.template(store, "Shipping status",
                    "Your parcel is on its way. Shipping usually takes three days; see the tracking link.", null);
            long delay = StoreFixture.template(store, "Apology for delay",
                    "We are sorry for the delay and have contacted the carrier.", group);
            for (int i = 0; i < 3; i++) {
                long answered = StoreFixture.message(store, group, "c" + i + "@example.com", "Parcel not arrived",
                        "My parcel has not arrived and tracking shows nothing " + i, null);
                StoreFixture.reply(store, answered, delay);
            }
            long incoming = StoreFixture.message(store, group, "new@example.com", "Parcel late",
                    "My parcel has not arrived, tracking shows no shipping update", null);

            assertEquals(3, StoreSuggestions.load(store, suggester));
            List<Suggestion> ranked = suggester.suggest(LATE_PARCEL, "en", group, 5);
            assertEquals(List.of(delay, shipping), ids(ranked));

            store.run(em -> StoreSuggestions.save(em, incoming, ranked));
            StoreSuggestions.save(store, incoming, ranked);
            assertEquals(List.of(delay, shipping), store.read(em -> StoreSuggestions.storedRanking(em, incoming)));
            assertTrue(StoreSuggestions.markChosen(store, incoming, shipping));
            long chosen = store.read(em -> em.createQuery("select s.template.id from TemplateSuggestion s"
                    + " where s.message.id = :m and s.chosen = true", Long.class).setParameter("m", incoming)
                    .getSingleResult());
            assertEquals(shipping, chosen);
        }
    }

    private static TemplateSuggester withTemplates() {
        TemplateSuggester s = new TemplateSuggester();
        s.putTemplate(new TemplateEntry(SHIPPING, "Shipping status", "Your parcel",
                "Your parcel is on its way. Shipping takes three days; the tracking status updates daily.", "en",
                Set.of()));
        s.putTemplate(new TemplateEntry(DELAY, "Apology for delay", "Sorry",
                "We are sorry for the delay and have asked the carrier.", "en", Set.of()));
        s.putTemplate(new TemplateEntry(REFUND, "Refund issued", "Refund",
                "We have refunded the amount to your card.", "", Set.of()));
        return s;
    }

    private static List<Long> ids(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::templateId).toList();
    }
}
