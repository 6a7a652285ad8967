package org.emailresponder.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.search.IndexedMessage;
import org.emailresponder.search.MessageSearchIndex;
import org.emailresponder.search.SearchHit;
import org.emailresponder.store.Store;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageSearchIndexTest {
    private static final UserSession SALES_AGENT = new UserSession(7, "ann", "Ann", Role.AGENT, Set.of(1L));
    private static final UserSession SUPERVISOR = new UserSession(8, "sue", "Sue", Role.SUPERVISOR, Set.of());

    @TempDir
    Path folder;

    @Test
    void agentFindsOnlyMessagesOfHerGroups() {
        try (MessageSearchIndex index = MessageSearchIndex.open(folder)) {
            index.indexAll(List.of(
                    message(1, 1L, "Invoice missing", "Where is the invoice for order 4711?"),
                    message(2, 2L, "Invoice wrong", "The invoice for order 4712 has the wrong address"),
                    message(3, null, "Invoice question", "Unrouted invoice question")));

            assertEquals(List.of(1L), ids(index.search(SALES_AGENT, "invoice", 10)));
            assertEquals(Set.of(1L, 2L, 3L), Set.copyOf(ids(index.search(SUPERVISOR, "invoice", 10))));
            UserSession noGroups = new UserSession(9, "new", "New", Role.AGENT, Set.of());
            assertTrue(index.search(noGroups, "invoice", 10).isEmpty());
        }
    }

    @Test
    void searchesSubjectBodySenderAndContactName() {
        try (MessageSearchIndex index = MessageSearchIndex.open(folder)) {
            index.index(new IndexedMessage(10, 1L, "Printer jammed", "Paper stuck in tray two", "bob@acme.example",
                    "Bob Miller", "Robert Miller", Instant.parse("2026-01-02T10:00:00Z")));
            index.index(message(11, 1L, "Other", "nothing relevant here"));

            assertEquals(List.of(10L), ids(index.search(SALES_AGENT, "jammed", 5)));
            assertEquals(List.of(10L), ids(index.search(SALES_AGENT, "stuck tray", 5)), "stemmed body words");
            assertEquals(List.of(10L), ids(index.search(SALES_AGENT, "acme.example", 5)));
            assertEquals(List.of(10L), ids(index.search(SALES_AGENT, "robert", 5)));
            SearchHit hit = index.search(SALES_AGENT, "printer", 5).get(0);
            assertEquals("Printer jammed", hit.subject());
            assertEquals(Instant.parse("2026-01-02T10:00:00Z"), hit.receivedAt());
        }
    }

    @Test
    void updateReplacesAndSurvivesReopen() {
        try (MessageSearchIndex index = MessageSearchIndex.open(folder)) {
            index.index(message(5, 1L, "Refund", "please refund my order"));
            index.index(message(5, 2L, "Refund", "please refund my order"));
            assertTrue(index.search(SALES_AGENT, "refund", 5).isEmpty(), "moved to group 2");
            assertEquals(1, index.size());
        }
        try (MessageSearchIndex reopened = MessageSearchIndex.open(folder)) {
            assertEquals(List.of(5L), ids(reopened.search(SUPERVISOR, "refund", 5)));
            reopened.delete(5);
            assertEquals(0, reopened.size());
        }
    }

    @Test
    void rebuildReadsTheDatabaseAndKeepsGroupsApart() throws Exception {
        try (Store store = TestDatabases.open(TestDatabases.H2); MessageSearchIndex index = MessageSearchIndex.open(folder)) {
            long sales = StoreFixture.group(store, "Sales");
            long support = StoreFixture.group(store, "Support");
            long salesMessage = StoreFixture.message(store, sales, "x@a.example", "Quote for 20 licences",
                    "Please send a quote", "Xavier");
            StoreFixture.message(store, support, "y@b.example", "Licence key lost", "I lost my licence key", null);

            assertEquals(2, index.rebuild(store));
            UserSession salesAgent = new UserSession(1, "s", "S", Role.AGENT, Set.of(sales));
            assertEquals(List.of(salesMessage), ids(index.search(salesAgent, "licence", 10)));
            assertEquals(List.of(salesMessage), ids(index.search(salesAgent, "xavier", 10)));
            assertEquals(2, index.search(SUPERVISOR, "licence", 10).size());

            long later = StoreFixture.message(store, sales, "z@c.example", "Licence renewal", "renew please", null);
            assertTrue(index.indexFromStore(store, later));
            assertEquals(2, index.search(salesAgent, "licence", 10).size());
        }
    }

    @Test
    void recoverIndexesStoredMessagesTheLastCommitDidNotHold() throws Exception {
        try (Store store = TestDatabases.open(TestDatabases.H2)) {
            long sales = StoreFixture.group(store, "Sales");
            long before = StoreFixture.message(store, sales, "x@a.example", "Old licence question", "from before the index", null);
            try (MessageSearchIndex index = MessageSearchIndex.open(folder)) {
                assertEquals(0, index.recover(store), "a new index starts recording from the newest stored message");
            }
            // stored and routed, but the process died before the index committed it
            long lost = StoreFixture.message(store, sales, "y@b.example", "Licence renewal", "renew my licence", null);
            try (MessageSearchIndex index = MessageSearchIndex.open(folder)) {
                assertEquals(1, index.recover(store));
                assertEquals(List.of(lost), ids(index.search(SUPERVISOR, "licence", 10)));
                assertTrue(before < lost);
            }
            try (MessageSearchIndex index = MessageSearchIndex.open(folder)) {
                assertEquals(0, index.recover(store), "nothing is indexed twice after a clean close");
            }
        }
    }

    @Test
    void newMessagesAreSearchableAtOnceAndDurableAfterClose() {
        try (MessageSearchIndex index = MessageSearchIndex.open(folder)) {
            for (long id = 1; id <= 3; id++) {
                index.indexAll(List.of(message(id, 1L, "Invoice " + id, "invoice number " + id)));
                assertEquals((int) id, index.search(SUPERVISOR, "invoice", 10).size());
            }
        }
        try (MessageSearchIndex reopened = MessageSearchIndex.open(folder)) {
            assertEquals(3, reopened.size());
        }
    }

    private static IndexedMessage message(long id, Long group, String subject, String body) {
        return new IndexedMessage(id, group, subject, body, "someone@example.com", "Some One", null, Instant.now());
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::messageId).toList();
    }
}
