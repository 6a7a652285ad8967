package org.emailresponder.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.emailresponder.contacts.ContactDirectory;
import org.emailresponder.contacts.ContactImporter;
import org.emailresponder.contacts.ContactSources;
import org.emailresponder.contacts.DuplicatePolicy;
import org.emailresponder.contacts.ImportReport;
import org.emailresponder.contacts.ProductCatalog;
import org.emailresponder.contacts.internal.CsvContactSource;
import org.emailresponder.contacts.spi.ContactSource;
import org.emailresponder.contacts.spi.ContactSource.SourceInput;
import org.emailresponder.store.Store;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.Test;

class ContactSourcesTest {

    @Test
    void builtInCsvAndContributedStubAreFoundThroughTheRealRegistry() {
        ContactSources sources = ContactSources.fromPlatform();
        List<String> ids = sources.sources().stream().map(ContactSources.Descriptor::id).toList();
        assertTrue(ids.contains("org.emailresponder.contacts.csv"), ids.toString());
        assertTrue(ids.contains("org.emailresponder.contacts.tests.stub"), ids.toString());
        assertInstanceOf(CsvContactSource.class, sources.source("org.emailresponder.contacts.csv").orElseThrow());
        assertInstanceOf(StubContactSource.class, sources.source("org.emailresponder.contacts.tests.stub").orElseThrow());
    }

    @Test
    void brokenContributorIsDisabledAndTheOthersKeepWorking() {
        ContactSources sources = ContactSources.fromPlatform();
        assertTrue(sources.source("org.emailresponder.contacts.tests.broken").isEmpty());
        assertFalse(sources.sources().stream().anyMatch(d -> d.id().equals("org.emailresponder.contacts.tests.broken")));
        assertTrue(sources.disabled().stream().anyMatch(d -> d.startsWith("org.emailresponder.contacts.tests.broken")),
                sources.disabled().toString());
        assertTrue(sources.source("org.emailresponder.contacts.tests.stub").isPresent());
    }

    @Test
    void importFromAContributedSourceStoresItsRecordsAndReportsItsRejects() throws Exception {
        try (Store store = TestDatabases.open(TestDatabases.H2)) {
            ContactDirectory directory = new ContactDirectory(store);
            ContactSource stub = ContactSources.fromPlatform().source("org.emailresponder.contacts.tests.stub").orElseThrow();
            ImportReport report = new ContactImporter(directory, new ProductCatalog(store))
                    .importContacts(TestSessions.AGENT, stub, new SourceInput(null, null), DuplicatePolicy.REJECT);
            assertEquals(1, report.created());
            assertEquals(2, report.rejected().get(0).row());
            assertEquals("Stub Inc", directory.findByAddress(TestSessions.AGENT, "STU@stub.example").orElseThrow().company());
        }
    }
}
