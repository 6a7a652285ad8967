package org.emailresponder.contacts.tests;

import static org.emailresponder.contacts.tests.TestSessions.AGENT;
import static org.emailresponder.contacts.tests.TestSessions.SUPERVISOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.emailresponder.contacts.ContactData;
import org.emailresponder.contacts.ContactDirectory;
import org.emailresponder.contacts.ContactImporter;
import org.emailresponder.contacts.DuplicatePolicy;
import org.emailresponder.contacts.ImportReport;
import org.emailresponder.contacts.ProductCatalog;
import org.emailresponder.contacts.ProductData;
import org.emailresponder.contacts.internal.CsvContactSource;
import org.emailresponder.contacts.spi.ContactSource.SourceInput;
import org.emailresponder.contacts.spi.RejectedRow;
import org.emailresponder.core.ValidationException;
import org.emailresponder.store.Store;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.Test;

class CsvImportExportTest {
    private static final String CONTACTS = "\uFEFFFirst Name,Last_Name,Company,E-Mail,Customer No\r\n"
            + "Ada,Lovelace,\"Engines, Ltd\",ada@example.test,K1\r\n"
            + "\"Charles \"\"Charlie\"\"\",Babbage,\"Line one\nline two\",\"cb@engines.test; CHARLES@home.test\",K2\r\n"
            + "Bad,Address,X,not-an-address,K3\r\n"
            + "Too,Few,Fields\r\n"
            + "\r\n"
            + "Ada,L.,New Company,ADA@example.test,K1b\r\n"
            + "Grace,Hopper,Navy,grace@navy.test,K4\r\n";

    private final CsvContactSource csv = new CsvContactSource();

    private static SourceInput input(String text) {
        return SourceInput.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void importMapsHeadersQuotesAndReportsRejectedRowsByNumber() throws Exception {
        try (Store store = TestDatabases.open(TestDatabases.H2)) {
            ContactDirectory directory = new ContactDirectory(store);
            ImportReport report = new ContactImporter(directory, new ProductCatalog(store))
                    .importContacts(AGENT, csv, input(CONTACTS), DuplicatePolicy.REJECT);
            assertEquals(3, report.created(), report.summary());
            assertEquals(List.of(4, 5, 7), report.rejected().stream().map(RejectedRow::row).toList(), report.summary());
            assertTrue(report.rejected().get(0).reason().contains("not-an-address"), report.summary());
            assertTrue(report.rejected().get(1).reason().contains("3 fields"), report.summary());
            assertTrue(report.rejected().get(2).reason().contains("row 2"), report.summary());

            ContactData charles = directory.findByAddress(AGENT, "charles@home.test").orElseThrow();
            assertEquals("Charles \"Charlie\"", charles.firstName());
            assertEquals("Line one\nline two", charles.company());
            assertEquals(List.of("cb@engines.test", "charles@home.test"), charles.addresses());
            assertEquals(Map.of("Customer No", "K2"), charles.customFields());
            assertEquals("Engines, Ltd", directory.findByAddress(AGENT, "ada@example.test").orElseThrow().company());
        }
    }

    @Test
    void duplicateAddressesAreMergedWhenAsked() throws Exception {
        try (Store store = TestDatabases.open(TestDatabases.H2)) {
            ContactDirectory directory = new ContactDirectory(store);
            ImportReport report = new ContactImporter(directory, new ProductCatalog(store))
                    .importContacts(AGENT, csv, input(CONTACTS), DuplicatePolicy.MERGE);
            assertEquals(3, report.created(), report.summary());
            assertEquals(1, report.merged(), report.summary());
            ContactData ada = directory.findByAddress(AGENT, "ada@example.test").orElseThrow();
            assertEquals("New Company", ada.company());
            assertEquals("K1b", ada.customFields().get("Customer No"));
        }
    }

    @Test
    void unterminatedQuoteAndMissingEmailColumnAreReportedClearly() throws Exception {
        try (Store store = TestDatabases.open(TestDatabases.H2)) {
            ContactImporter importer = new ContactImporter(new ContactDirectory(store), new ProductCatalog(store));
            ImportReport report = importer.importContacts(AGENT, csv,
                    input("email,first name\nok@example.test,Ok\n\"broken@example.test,Broken\n"), DuplicatePolicy.REJECT);
            assertEquals(1, report.created());
            assertEquals(3, report.rejected().get(0).row());
            assertTrue(report.rejected().get(0).reason().contains("not closed"));
            ValidationException e = assertThrows(ValidationException.class,
                    () -> importer.importContacts(AGENT, csv, input("name,phone\nAda,1\n"), DuplicatePolicy.REJECT));
            assertTrue(e.getMessage().contains("email"), e.getMessage());
        }
    }

    @Test
    void exportedContactsAndProductsImportBackUnchanged() throws Exception {
        List<ContactData> exportedContacts;
        List<ProductData> exportedProducts;
        ByteArrayOutputStream contactFile = new ByteArrayOutputStream();
        ByteArrayOutputStream productFile = new ByteArrayOutputStream();
        try (Store store = TestDatabases.open(TestDatabases.H2)) {
            ContactDirectory directory = new ContactDirectory(store);
            ProductCatalog catalog = new ProductCatalog(store);
            new ContactImporter(directory, catalog).importContacts(AGENT, csv, input(CONTACTS), DuplicatePolicy.REJECT);
            catalog.create(SUPERVISOR, new ProductData(null, "Turbo \"Router\", big", "TR-1", List.of("tr1", "the turbo"),
                    "Fast;\nreally", List.of("https://example.test/tr1"), Map.of("colour", "red")));
            exportedContacts = sorted(directory.search(AGENT, "", 100));
            exportedProducts = catalog.list(AGENT);
            csv.writeContacts(exportedContacts, contactFile);
            csv.writeProducts(exportedProducts, productFile);
        }
        try (Store store = TestDatabases.open(TestDatabases.H2)) {
            ContactDirectory directory = new ContactDirectory(store);
            ProductCatalog catalog = new ProductCatalog(store);
            ContactImporter importer = new ContactImporter(directory, catalog);
            ImportReport contacts = importer.importContacts(AGENT, csv,
                    SourceInput.of(new ByteArrayInputStream(contactFile.toByteArray())), DuplicatePolicy.REJECT);
            ImportReport products = importer.importProducts(SUPERVISOR, csv,
                    SourceInput.of(new ByteArrayInputStream(productFile.toByteArray())), DuplicatePolicy.REJECT);
            assertTrue(contacts.rejected().isEmpty() && products.rejected().isEmpty(), contacts.summary() + products.summary());
            assertEquals(withoutIds(exportedContacts), withoutIds(sorted(directory.search(AGENT, "", 100))));
            assertEquals(exportedProducts.get(0).withId(null), catalog.list(AGENT).get(0).withId(null));
        }
    }

    private static List<ContactData> sorted(List<ContactData> contacts) {
        return contacts.stream().sorted(Comparator.comparing(c -> c.addresses().get(0))).toList();
    }

    private static List<ContactData> withoutIds(List<ContactData> contacts) {
        return contacts.stream().map(c -> c.withId(null)).toList();
    }
}
