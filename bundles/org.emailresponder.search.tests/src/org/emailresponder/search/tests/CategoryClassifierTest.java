package org.emailresponder.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.emailresponder.search.CategoryClassifier;
import org.emailresponder.search.CategoryScore;
import org.emailresponder.search.ClassifierTraining;
import org.emailresponder.search.MessageText;
import org.emailresponder.store.Store;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.Test;

class CategoryClassifierTest {

    @Test
    void predictsRankedCategoriesWithConfidence() {
        CategoryClassifier classifier = trained();

        List<CategoryScore> ranked = classifier.predict(new MessageText("Wrong amount on my invoice",
                "The invoice shows the wrong amount, please correct the bill", "new@customer.example", ""), 3);

        assertEquals("billing", ranked.get(0).category());
        assertEquals(3, ranked.size());
        assertTrue(ranked.get(0).confidence() > ranked.get(1).confidence());
        double total = ranked.stream().mapToDouble(CategoryScore::confidence).sum();
        assertTrue(total <= 1.0 + 1e-9 && total > 0.5, "confidences are probabilities: " + total);
    }

    @Test
    void senderDomainCountsWhenTheTextSaysLittle() {
        CategoryClassifier classifier = trained();
        MessageText terse = new MessageText("Question", "Can you call me?", "boss@bigpartner.example", "");
        assertEquals("partners", classifier.predict(terse, 1).get(0).category());
    }

    @Test
    void learnsIncrementally() {
        CategoryClassifier classifier = trained();
        MessageText gdpr = MessageText.of("Delete my personal data", "Under GDPR please erase all personal data");
        for (int i = 0; i < 3; i++) {
            classifier.learn(MessageText.of("Erase personal data " + i, "GDPR request to erase my personal data"),
                    "privacy");
        }
        assertEquals("privacy", classifier.predict(gdpr, 1).get(0).category());
        assertEquals(4, classifier.categories().size());
    }

    @Test
    void anExampleKeptFromPredictionLearnsLikeTheMessageItself() {
        CategoryClassifier fromText = trained();
        CategoryClassifier fromExample = trained();
        MessageText named = new MessageText("Invoice again", "Second invoice question", "e@five.example", "Eve Example");
        MessageText unnamed = new MessageText(named.subject(), named.body(), named.fromAddress(), null);

        CategoryClassifier.Example seen = fromExample.example(unnamed);
        assertEquals(fromText.predict(unnamed, 3), fromExample.predict(seen, 3));
        fromText.learn(named, "partners");
        fromExample.learn(fromExample.withSenderName(seen, named.fromName()), "partners");

        MessageText byEve = new MessageText("Hello", "A note", "other@six.example", "Eve");
        assertEquals(fromText.predict(byEve, 3), fromExample.predict(byEve, 3));
        CategoryClassifier nameless = trained();
        nameless.learn(unnamed, "partners");
        assertNotEquals(nameless.predict(byEve, 3), fromExample.predict(byEve, 3), "the sender name was learned too");
    }

    @Test
    void emptyModelAndBadLabels() {
        CategoryClassifier classifier = new CategoryClassifier();
        assertTrue(classifier.predict(MessageText.of("x", "y"), 3).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> classifier.learn(MessageText.of("x", "y"), " "));
    }

    @Test
    void rebuildsFromRoutedMessagesInTheDatabase() throws Exception {
        try (Store store = TestDatabases.open(TestDatabases.H2)) {
            long billing = StoreFixture.group(store, "Billing");
            long support = StoreFixture.group(store, "Support");
            StoreFixture.message(store, billing, "a@x.example", "Invoice wrong", "my invoice amount is wrong", null);
            StoreFixture.message(store, billing, "b@y.example", "Refund", "please refund the payment", null);
            StoreFixture.message(store, support, "c@z.example", "Crash", "the app crashes on start", null);
            StoreFixture.message(store, null, "d@z.example", "Unrouted", "not yet decided", null);

            CategoryClassifier classifier = trained();
            assertEquals(3, ClassifierTraining.rebuildFromGroups(store, classifier));
            assertEquals(3, classifier.exampleCount(), "the earlier examples are gone");
            MessageText crash = MessageText.of("App crashes", "it crashes every time I start it");
            assertEquals(Long.toString(support), classifier.predict(crash, 1).get(0).category());
        }
    }

    private static CategoryClassifier trained() {
        CategoryClassifier c = new CategoryClassifier();
        c.learn(new MessageText("Invoice question", "I have a question about my invoice amount", "a@one.example", ""),
                "billing");
        c.learn(new MessageText("Refund please", "Please refund the double payment on my bill", "b@two.example", ""),
                "billing");
        c.learn(new MessageText("App crashes", "The application crashes when I open settings", "c@three.example",
                ""), "support");
        c.learn(new MessageText("Cannot log in", "Login fails with an error since the update", "d@four.example",
                ""), "support");
        c.learn(new MessageText("Reseller terms", "We want to discuss the reseller discount", "ceo@bigpartner.example",
                ""), "partners");
        c.learn(new MessageText("Joint webinar", "Shall we plan a joint webinar", "cto@bigpartner.example", ""),
                "partners");
        return c;
    }
}
