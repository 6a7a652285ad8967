package org.emailresponder.templates.tests;

import static org.emailresponder.templates.tests.TestSessions.ADMIN;
import static org.emailresponder.templates.tests.TestSessions.SUPERVISOR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.store.Store;
import org.emailresponder.store.StoreUserDirectory;
import org.emailresponder.store.tests.TestDatabases;
import org.emailresponder.templates.TemplateAttachmentInfo;
import org.emailresponder.templates.TemplateAttachments;
import org.emailresponder.templates.TemplateData;
import org.emailresponder.templates.TemplateEngine;
import org.emailresponder.templates.TemplateLibrary;
import org.emailresponder.templates.TemplateProblem;
import org.emailresponder.templates.TemplateValidationException;
import org.emailresponder.templates.TemplateVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TemplateLibraryTest {
    private final Store store = TestDatabases.open(TestDatabases.H2);
    private final TemplateLibrary library = new TemplateLibrary(store, new TemplateEngine(), TemplateVariables.fromPlatform());
    private final StoreUserDirectory users = new StoreUserDirectory(store, new PasswordHasher(1_000));

    @AfterEach
    void close() {
        store.close();
    }

    private static TemplateData template(String name) {
        return TemplateData.of("General", name, "en", "Re: $message.subject$", "Dear $customer.firstName; null=\"customer\"$", null);
    }

    @Test
    void agentsSeeTemplatesOfTheirGroupsAndTemplatesForAllGroups() {
        long billing = users.createGroup(ADMIN, "Billing", null, AssignmentMode.MANUAL).id();
        long support = users.createGroup(ADMIN, "Support", null, AssignmentMode.MANUAL).id();
        library.save(SUPERVISOR, template("For everyone"));
        library.save(SUPERVISOR, template("Billing only").withVisibleTo(Set.of(billing)));
        library.save(SUPERVISOR, template("Support only").withVisibleTo(Set.of(support)));
        TemplateData disabled = template("Disabled");
        library.save(SUPERVISOR, new TemplateData(null, "General", "Disabled", "en", "s", "b", null, Set.of(), false, 0));

        UserSession billingAgent = TestSessions.agent(7, Set.of(billing));
        assertEquals(List.of("Billing only", "For everyone"), names(library.visibleTo(billingAgent)));
        assertEquals(List.of("For everyone"), names(library.visibleTo(TestSessions.agent(8, Set.of()))));
        assertEquals(4, library.visibleTo(SUPERVISOR).size(), "template managers see all, disabled ones too");
        assertTrue(disabled.enabled());
    }

    @Test
    void onlyTemplateManagersChangeTemplates() {
        UserSession agent = TestSessions.agent(7, Set.of());
        assertThrows(AccessDeniedException.class, () -> library.save(agent, template("Mine")));
        TemplateData saved = library.save(SUPERVISOR, template("Shared"));
        assertThrows(AccessDeniedException.class, () -> library.delete(agent, saved.id()));
        TemplateData changed = library.save(ADMIN, saved.withBodies("New subject", "New body", "<p>New</p>"));
        assertEquals("New body", library.find(agent, saved.id()).orElseThrow().bodyText());
        assertEquals(saved.id(), changed.id());
        library.delete(SUPERVISOR, saved.id());
        assertTrue(library.visibleTo(agent).isEmpty());
    }

    @Test
    void saveIsRefusedWithPositionsOfEveryProblem() {
        TemplateData bad = TemplateData.of("General", "Bad", "en", "Re: $message.subjct$", "Hello\n$customer.class$ $oops(", null);
        TemplateValidationException e = assertThrows(TemplateValidationException.class, () -> library.save(SUPERVISOR, bad));
        List<TemplateProblem> problems = e.problems();
        assertEquals(new TemplateProblem("subject", 1, 6, "message has no field 'subjct'"), problems.get(0));
        assertEquals("text", problems.get(1).part());
        assertEquals(2, problems.get(1).line());
        assertTrue(e.getMessage().contains("subject 1:6"), e.getMessage());
        assertTrue(library.visibleTo(SUPERVISOR).isEmpty(), "nothing was saved");
        assertThrows(ValidationException.class, () -> library.save(SUPERVISOR, template(" ")));
    }

    @Test
    void usesAreCountedAndAttachmentsTravelWithTheTemplate() {
        UserSession agent = TestSessions.agent(7, Set.of());
        TemplateData saved = library.save(SUPERVISOR, template("Counted"));
        library.recordUse(agent, saved.id());
        library.recordUse(agent, saved.id());
        assertEquals(2, library.find(agent, saved.id()).orElseThrow().usageCount());
        TemplateData edited = library.save(SUPERVISOR, library.find(agent, saved.id()).orElseThrow().withBodies("s", "t", null));
        assertEquals(2, edited.usageCount(), "editing keeps the count");

        TemplateAttachments attachments = new TemplateAttachments(store, library);
        byte[] pdf = "%PDF-1.4 manual".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThrows(AccessDeniedException.class, () -> attachments.add(agent, saved.id(), "manual.pdf", "application/pdf", pdf));
        assertThrows(ValidationException.class, () -> attachments.add(SUPERVISOR, saved.id(), "a\r\nb.pdf", null, pdf));
        TemplateAttachmentInfo info = attachments.add(SUPERVISOR, saved.id(), "manual.pdf", "application/pdf", pdf);
        assertEquals(List.of(info), attachments.list(agent, saved.id()));
        assertArrayEquals(pdf, attachments.data(agent, info.id()));
        library.delete(SUPERVISOR, saved.id());
        assertThrows(ValidationException.class, () -> attachments.list(agent, saved.id()));
    }

    private static List<String> names(List<TemplateData> templates) {
        return templates.stream().map(TemplateData::name).toList();
    }
}
