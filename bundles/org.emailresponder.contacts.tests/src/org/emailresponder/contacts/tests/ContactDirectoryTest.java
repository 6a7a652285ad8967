package org.emailresponder.contacts.tests;

import static org.emailresponder.contacts.tests.TestSessions.AGENT;
import static org.emailresponder.contacts.tests.TestSessions.SUPERVISOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.emailresponder.contacts.ContactData;
import org.emailresponder.contacts.ContactDirectory;
import org.emailresponder.contacts.CustomFields;
import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.ValidationException;
import org.emailresponder.store.Store;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDirectoryTest {
    private Store store;
    private ContactDirectory directory;

    private void open(String kind) {
        store = TestDatabases.open(kind);
        directory = new ContactDirectory(store);
    }

    @AfterEach
    void close() {
        if (store != null) {
            TestDatabases.close(store);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void agentCreatesContactFoundByAddressIgnoringCase(String kind) {
        open(kind);
        ContactData ada = directory.create(AGENT, ContactData.of("Ada", "Lovelace", "Analytical Engines Ltd", "Ada@Example.TEST"));
        assertEquals(List.of("ada@example.test"), ada.addresses());
        assertEquals(ada.id(), directory.findByAddress(AGENT, "ADA@example.test").orElseThrow().id());
        assertTrue(directory.findByAddress(AGENT, "nobody@example.test").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void searchMatchesEveryWordInNameCompanyOrAddress(String kind) {
        open(kind);
        directory.create(AGENT, ContactData.of("Ada", "Lovelace", "Analytical Engines Ltd", "ada@example.test"));
        directory.create(AGENT, ContactData.of("Charles", "Babbage", "Analytical Engines Ltd", "cb@engines.test"));
        directory.create(AGENT, ContactData.of("Grace", "Hopper", "Navy", "grace@navy.test"));
        assertEquals(2, directory.search(AGENT, "analytical", 10).size());
        assertEquals("Babbage", directory.search(AGENT, "engines charles", 10).get(0).lastName());
        assertEquals("Hopper", directory.search(AGENT, "NAVY.test", 10).get(0).lastName());
        assertEquals(1, directory.search(AGENT, "analytical", 1).size());
        assertTrue(directory.search(AGENT, "100%", 10).isEmpty(), "LIKE wildcards in the text are taken literally");
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void anAddressBelongsToOneContactOnly(String kind) {
        open(kind);
        ContactData ada = directory.create(AGENT, ContactData.of("Ada", "Lovelace", null, "ada@example.test"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> directory.create(AGENT, ContactData.of("Other", "Ada", null, "ADA@example.test")));
        assertTrue(e.getMessage().contains("ada@example.test"), e.getMessage());
        ContactData updated = directory.update(AGENT, ada.withAddresses(List.of("ada@example.test", "ada@home.test")));
        assertEquals(List.of("ada@example.test", "ada@home.test"), updated.addresses());
        assertEquals(ada.id(), directory.findByAddress(AGENT, "ada@home.test").orElseThrow().id());
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void customFieldsAreStoredAsJsonAndReadBack(String kind) {
        open(kind);
        Map<String, String> fields = CustomFields.with(Map.of(), "customer no", "K-1 \"gold\"\nline2");
        ContactData ada = directory.create(AGENT, ContactData.of("Ada", null, null, "ada@example.test").withCustomFields(fields));
        assertEquals(fields, directory.find(AGENT, ada.id()).orElseThrow().customFields());
        assertEquals(fields, CustomFields.parse(CustomFields.format(fields)));
        assertEquals(Map.of("n", "3", "ok", "true"), CustomFields.parse("{ \"n\": 3, \"ok\": true, \"gone\": null }"));
        assertThrows(ValidationException.class, () -> CustomFields.parse("{\"nested\": {\"a\": 1}}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void deletingNeedsTemplateManagersAndOnlySessionsMayChangeContacts(String kind) {
        open(kind);
        ContactData ada = directory.create(AGENT, ContactData.of("Ada", null, null, "ada@example.test"));
        assertThrows(AccessDeniedException.class, () -> directory.delete(AGENT, ada.id()));
        directory.delete(SUPERVISOR, ada.id());
        assertTrue(directory.findByAddress(AGENT, "ada@example.test").isEmpty());
        assertThrows(ValidationException.class, () -> directory.create(AGENT, ContactData.of(null, null, null)));
        assertThrows(ValidationException.class, () -> directory.create(AGENT, ContactData.of("x".repeat(201), null, null, "x@y.test")));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void unknownSenderBecomesAProposedContactOnceAndKnownSenderIsReturned(String kind) {
        open(kind);
        ContactData proposed = directory.proposeFromSender(AGENT, "Grace.Hopper@Navy.test", "\"Hopper, Grace\"");
        assertTrue(proposed.proposed());
        assertEquals("Grace", proposed.firstName());
        assertEquals("Hopper", proposed.lastName());
        assertEquals(proposed.id(), directory.proposeFromSender(AGENT, "grace.hopper@navy.test", "G H").id());

        ContactData ada = directory.create(AGENT, ContactData.of("Ada", "Lovelace", null, "ada@example.test"));
        ContactData found = directory.proposeFromSender(AGENT, "ADA@example.test", "Someone Else");
        assertEquals(ada.id(), found.id());
        assertFalse(found.proposed());
    }
}
