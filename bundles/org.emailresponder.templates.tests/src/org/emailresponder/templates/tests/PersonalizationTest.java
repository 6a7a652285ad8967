package org.emailresponder.templates.tests;

import static org.emailresponder.templates.tests.TestSessions.ADMIN;
import static org.emailresponder.templates.tests.TestSessions.SUPERVISOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.emailresponder.contacts.ContactData;
import org.emailresponder.contacts.ContactDirectory;
import org.emailresponder.contacts.ProductCatalog;
import org.emailresponder.contacts.ProductData;
import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.MessageState;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.core.service.NewUser;
import org.emailresponder.store.Store;
import org.emailresponder.store.StoreUserDirectory;
import org.emailresponder.store.model.Message;
import org.emailresponder.store.model.MessageFact;
import org.emailresponder.store.model.UserAccount;
import org.emailresponder.store.tests.TestDatabases;
import org.emailresponder.templates.CompanySettings;
import org.emailresponder.templates.Personalizer;
import org.emailresponder.templates.RenderContext;
import org.emailresponder.templates.RenderedTemplate;
import org.emailresponder.templates.TemplateData;
import org.emailresponder.templates.TemplateEngine;
import org.emailresponder.templates.TemplateVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalizationTest {
    private static final TemplateData REPLY = TemplateData.of("General", "Order status", "en",
            "Re: $message.subject$ [$message.orderNumber$]",
            "Dear $customer.firstName; null=\"customer\"$,\nyour $product.name$ ($product.code$) of order "
                    + "$message.orderNumbers; separator=\" and \"$ sent $message.date$ ships today.\n$agent.signature$\n$company.name$",
            "<p>Dear $customer.fullName$ of $customer.company$ ($customer.custom.tier$)</p>");

    private final Personalizer personalizer = new Personalizer(new TemplateEngine(), TemplateVariables.fromPlatform());
    private Store store;

    @AfterEach
    void close() {
        if (store != null) {
            TestDatabases.close(store);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void replyIsPersonalizedFromMessageContactFactsProductAgentAndCompany(String kind) {
        store = TestDatabases.open(kind);
        UserSession agent = agentWithSignature("Bob Agent\nSupport team");
        ContactData ada = new ContactDirectory(store).create(agent, ContactData.of("Ada", "Lovelace", "Engines & Co",
                "ada@example.test").withCustomFields(Map.of("tier", "<gold>")));
        new ProductCatalog(store).create(SUPERVISOR, ProductData.of("Turbo Router", "TR-3000"));
        new CompanySettings(store).put(SUPERVISOR, "company.name", "ACME Support");
        long messageId = message("ADA@example.test", "Where is my router?\r\nBcc: victim@example.test");
        fact(messageId, "orderNumber", "SO-100", 0.9);
        fact(messageId, "orderNumber", "SO-101", 0.5);
        fact(messageId, "product", "tr-3000", 0.8);

        RenderedTemplate r = personalizer.personalize(REPLY, new RenderContext(store, messageId, null, null, agent, null, Locale.UK));
        assertEquals("Re: Where is my router? Bcc: victim@example.test [SO-100]", r.subject());
        assertTrue(r.text().startsWith("Dear Ada,\nyour Turbo Router (TR-3000) of order SO-100 and SO-101 sent 27 Nov 2026"),
                r.text());
        assertTrue(r.text().endsWith("ships today.\nBob Agent\nSupport team\nACME Support"), r.text());
        assertEquals("<p>Dear Ada Lovelace of Engines &amp; Co (&lt;gold&gt;)</p>", r.html());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertTrue(ada.id() > 0);
    }

    @Test
    void unknownSenderFallsBackToHeaderNameAndGreetingFallback() {
        store = TestDatabases.open(TestDatabases.H2);
        long messageId = message("stranger@example.test", "Hello");
        RenderedTemplate r = personalizer.personalize(REPLY,
                new RenderContext(store, messageId, null, null, null, Map.of("orderNumber", "SO-7"), Locale.UK));
        assertEquals("Re: Hello [SO-7]", r.subject());
        assertTrue(r.text().startsWith("Dear customer,\nyour  () of order SO-7 sent"), r.text());
        assertEquals("<p>Dear Stranger Danger of  ()</p>", r.html());
        assertTrue(!r.text().contains("null"), r.text());
    }

    @Test
    void measurePersonalizationWithDatabaseLookups() {
        store = TestDatabases.open(TestDatabases.H2);
        UserSession agent = agentWithSignature("Bob");
        new ContactDirectory(store).create(agent, ContactData.of("Ada", "Lovelace", "Engines", "ada@example.test"));
        long messageId = message("ada@example.test", "Router");
        fact(messageId, "orderNumber", "SO-1", 0.9);
        RenderContext context = new RenderContext(store, messageId, null, null, agent, null, Locale.UK);
        for (int i = 0; i < 200; i++) {
            personalizer.personalize(REPLY, context);
        }
        int runs = 500;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            personalizer.personalize(REPLY, context);
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / runs;
        System.out.printf(Locale.ROOT, "Personalization incl. variable lookups on H2: mean %.1f us over %d replies%n", micros, runs);
        assertTrue(personalizer.personalize(REPLY, context).text().startsWith("Dear Ada,"));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void companySettingsNeedTemplateManagers(String kind) {
        store = TestDatabases.open(kind);
        CompanySettings settings = new CompanySettings(store);
        assertThrows(AccessDeniedException.class, () -> settings.put(TestSessions.agent(5, Set.of()), "company.name", "X"));
        settings.put(ADMIN, "company.name", "First");
        settings.put(ADMIN, "company.name", "Second");
        assertEquals("Second", settings.get("company.name").orElseThrow());
    }

    private UserSession agentWithSignature(String signature) {
        long id = new StoreUserDirectory(store, new PasswordHasher(1_000)).createUser(ADMIN,
                new NewUser("bob", "Bob Agent", "bob@acme.test", Role.AGENT, "bob-pass-123".toCharArray(), Set.of())).id();
        store.run(em -> em.find(UserAccount.class, id).setSignature(signature));
        return new UserSession(id, "bob", "Bob Agent", Role.AGENT, Set.of());
    }

    private long message(String from, String subject) {
        return store.inTransaction(em -> {
            Message m = new Message();
            m.setDedupKey("k-" + from + subject.hashCode());
            m.setFromAddress(from);
            m.setFromName("Stranger Danger");
            m.setSubject(subject);
            m.setSentAt(Instant.parse("2026-11-27T10:15:00Z"));
            m.setReceivedAt(Instant.parse("2026-11-27T10:16:00Z"));
            m.setState(MessageState.ANALYZED);
            em.persist(m);
            em.flush();
            return m.getId();
        });
    }

    private void fact(long messageId, String key, String value, double confidence) {
        store.run(em -> {
            MessageFact f = new MessageFact();
            f.setMessage(em.find(Message.class, messageId));
            f.setAnalyzer("test");
            f.setFactKey(key);
            f.setFactValue(value);
            f.setConfidence(confidence);
            em.persist(f);
        });
    }
}
