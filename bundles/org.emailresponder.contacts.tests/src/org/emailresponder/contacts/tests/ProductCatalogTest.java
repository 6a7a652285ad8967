package org.emailresponder.contacts.tests;

import static org.emailresponder.contacts.tests.TestSessions.AGENT;
import static org.emailresponder.contacts.tests.TestSessions.SUPERVISOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.emailresponder.contacts.ProductCatalog;
import org.emailresponder.contacts.ProductData;
import org.emailresponder.contacts.ProductMatcher;
import org.emailresponder.contacts.ProductMention;
import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.ValidationException;
import org.emailresponder.store.Store;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProductCatalogTest {
    private final Store store = TestDatabases.open(TestDatabases.H2);
    private final ProductCatalog catalog = new ProductCatalog(store);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void productsAreFoundByCodeAndAliasIgnoringCase() {
        ProductData router = catalog.create(SUPERVISOR, ProductData.of("Turbo Router 3000", "TR-3000", "TR3k", "the turbo"));
        assertEquals(router.id(), catalog.findByCode(AGENT, "tr-3000").orElseThrow().id());
        assertEquals(router.id(), catalog.findByAlias(AGENT, "TR3K").orElseThrow().id());
        assertEquals(List.of("TR3k", "the turbo"), catalog.find(AGENT, router.id()).orElseThrow().aliases());
        assertThrows(ValidationException.class, () -> catalog.create(SUPERVISOR, ProductData.of("Copy", "tr-3000")));
        String[] tooMany = java.util.stream.IntStream.range(0, 300).mapToObj(i -> "alias number " + i).toArray(String[]::new);
        assertThrows(ValidationException.class, () -> catalog.create(SUPERVISOR, ProductData.of("Many", "M-1", tooMany)));
    }

    @Test
    void onlyTemplateManagersChangeTheCatalog() {
        assertThrows(AccessDeniedException.class, () -> catalog.create(AGENT, ProductData.of("X", "X-1")));
        ProductData x = catalog.create(SUPERVISOR, ProductData.of("X", "X-1"));
        assertThrows(AccessDeniedException.class, () -> catalog.delete(AGENT, x.id()));
        catalog.delete(SUPERVISOR, x.id());
        assertTrue(catalog.list(AGENT).isEmpty());
    }

    @Test
    void matcherFindsNamesCodesAndAliasesAsWholeWordsWithOffsets() {
        ProductData router = catalog.create(SUPERVISOR, ProductData.of("Turbo Router", "TR-3000", "TR3k"));
        ProductData routerPro = catalog.create(SUPERVISOR, ProductData.of("Turbo Router Pro", "TRP-1"));
        ProductData pro = catalog.create(SUPERVISOR, ProductData.of("Pro", "PRO"));
        String text = "My turbo router pro broke, my old TR-3000 too. Products and TR3kx are not mentions; tr3k is.";
        List<ProductMention> found = catalog.matcher(AGENT).find(text);
        assertEquals(3, found.size(), found.toString());
        assertEquals(routerPro.id(), found.get(0).productId(), "the longest overlapping term wins");
        assertEquals("turbo router pro", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(router.id(), found.get(1).productId());
        assertEquals("TR-3000", text.substring(found.get(1).start(), found.get(1).end()));
        assertEquals("tr3k", text.substring(found.get(2).start(), found.get(2).end()));
        assertTrue(found.stream().noneMatch(m -> m.productId() == pro.id()));
    }

    @Test
    void matcherIsRebuiltAfterTheCatalogChanges() {
        ProductMatcher before = catalog.matcher(AGENT);
        assertTrue(before.find("a widget").isEmpty());
        ProductData widget = catalog.create(SUPERVISOR, ProductData.of("Widget", "W-1"));
        assertEquals(widget.id(), catalog.matcher(AGENT).find("a widget").get(0).productId());
    }

    @Test
    void matcherScalesToManyTermsAndLongTexts() {
        List<ProductData> many = new ArrayList<>();
        for (long i = 0; i < 5_000; i++) {
            many.add(new ProductData(i, "Gadget " + i, "G-" + i, List.of("gizmo" + i), null, List.of(), null));
        }
        ProductMatcher matcher = ProductMatcher.of(many);
        String text = "Hello, my gizmo4711 and Gadget 12 are broken. ".repeat(2_000);
        long start = System.nanoTime();
        List<ProductMention> found = matcher.find(text);
        long micros = (System.nanoTime() - start) / 1_000;
        assertEquals(4_000, found.size());
        System.out.println("ProductMatcher: 15,000 terms, " + text.length() + " chars scanned in " + micros + " us");
    }
}
