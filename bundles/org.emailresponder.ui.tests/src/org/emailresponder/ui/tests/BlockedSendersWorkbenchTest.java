package org.emailresponder.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.UserSession;
import org.emailresponder.mail.SenderBlocklist.Kind;
import org.emailresponder.manager.BlockedSenders;
import org.emailresponder.manager.BlockedSenders.Entry;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.SessionController;
import org.emailresponder.ui.manager.blocked.BlockedSendersView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An administrator blocks a domain through the real dialog (a wrong domain first: the dialog says why and stays
 * open), finds entries with the filter and removes one after confirming; a supervisor gets neither the list nor
 * the buttons, and the service refuses the supervisor too.
 */
class BlockedSendersWorkbenchTest {
    private BlockedSenders service;

    @BeforeEach
    void emptyList() {
        DemoWorld.demo();
        service = new BlockedSenders(AppSession.services().store());
        service.list(UserSession.MANAGER_SERVICE).forEach(e -> service.remove(UserSession.MANAGER_SERVICE, e.id()));
    }

    @Test
    void anAdministratorBlocksADomainThroughTheDialogFiltersTheListAndRemovesTheEntry() throws Exception {
        UserSession admin = SessionController.login("admin", DemoWorld.ADMIN_PASSWORD.toCharArray()).orElseThrow();
        service.add(admin, Kind.ADDRESS, "offers@shop.test", "sends offers every day");
        service.add(admin, Kind.PATTERN, "newsletter-*@*", "bulk mail nobody answers");
        service.add(admin, Kind.PATTERN, "re:^promo-[0-9]+@", null);
        service.add(UserSession.MANAGER_SERVICE, Kind.ADDRESS, "lottery@winner.test", "rule 'Spam words': block sender");
        IWorkbenchWindow window = DemoWorld.window();
        BlockedSendersView view = (BlockedSendersView) window.getActivePage().showView(BlockedSendersView.ID);
        view.refresh();
        assertEquals(4, view.rows().size());
        assertTrue(view.actions().canAdd(), "an administrator may add");

        String[] refusal = new String[1];
        String[] problem = new String[1];
        Forms.whenOpen("Block a sender", shell -> blockDomain(shell, refusal, problem));
        view.actions().add();
        assertNull(problem[0], "the dialog saved the entry");
        assertTrue(refusal[0] != null && refusal[0].contains("'spam' is not a domain name"), "the dialog showed why: " + refusal[0]);
        Entry domain = view.rows().stream().filter(e -> e.kind() == Kind.DOMAIN).findFirst().orElseThrow();
        assertEquals(List.of("spam.test", "pills and lottery mail", "admin"), List.of(domain.pattern(), domain.reason(), domain.createdBy()));
        assertEquals(5, view.shownRows().size());
        assertTrue(view.actions().canRemove(), "the new entry is selected");

        view.filter("SPAM");
        assertEquals(List.of("lottery@winner.test", "spam.test"), patterns(view.shownRows()), "pattern or reason contains 'spam'");
        assertEquals("2 of 5 entries match", view.summaryText());
        view.filter("newsletter");
        assertEquals(List.of("newsletter-*@*"), patterns(view.shownRows()));
        view.filter("");
        assertEquals(5, view.shownRows().size());
        assertEquals("5 entries", view.summaryText());
        assertTrue(view.select("spam.test"));
        Screenshots.save(window.getShell(), "blocked-senders");

        String[] question = new String[1];
        Forms.whenOpen("Remove blocked sender", shell -> {
            question[0] = Forms.of(shell).visibleTexts();
            Forms.of(shell).press("OK");
        });
        view.actions().remove();
        assertTrue(question[0] != null && question[0].contains("Remove the domain spam.test"), "asked first: " + question[0]);
        assertEquals(List.of("lottery@winner.test", "offers@shop.test", "newsletter-*@*", "re:^promo-[0-9]+@"), patterns(view.rows()));
        assertEquals(4, service.list(admin).size(), "removed in the database");
        assertFalse(view.actions().canRemove(), "nothing selected after the removal");
    }

    @Test
    void aSupervisorSeesNeitherTheListNorEnabledButtonsAndTheServiceRefusesToo() throws Exception {
        service.add(UserSession.MANAGER_SERVICE, Kind.DOMAIN, "spam.test", "bulk mail");
        UserSession sofia = SessionController.login("sofia", DemoWorld.demo().passwords().get("sofia").toCharArray()).orElseThrow();
        IWorkbenchWindow window = DemoWorld.window();
        BlockedSendersView view = (BlockedSendersView) window.getActivePage().showView(BlockedSendersView.ID);
        view.refresh();

        assertEquals("Only administrators see and change the blocked senders.", view.summaryText());
        assertEquals(List.of(), view.rows());
        assertFalse(view.actions().canAdd());
        assertFalse(view.actions().canRemove());
        assertThrows(AccessDeniedException.class, () -> service.list(sofia));
        assertThrows(AccessDeniedException.class, () -> service.add(sofia, Kind.DOMAIN, "other.test", null));
        Screenshots.save(window.getShell(), "blocked-senders-supervisor");
    }

    private static void blockDomain(Shell shell, String[] refusal, String[] problem) {
        Forms form = Forms.of(shell);
        try {
            form.choose("Domain").text("Domain:", "spam").text("Reason:", "pills and lottery mail");
            form.press("OK");
            if (!shell.isDisposed()) {
                refusal[0] = form.visibleTexts();
                Screenshots.save(shell, "blocked-sender-dialog");
                form.text("Domain:", "@Spam.test");
                form.press("OK");
            }
        } catch (RuntimeException | Error e) {
            problem[0] = "filling the dialog failed: " + e;
        }
        if (!shell.isDisposed()) { // still open: remember why and close it, so the test fails instead of hanging
            problem[0] = problem[0] != null ? problem[0] : form.visibleTexts();
            shell.close();
        }
    }

    private static List<String> patterns(List<Entry> entries) {
        return entries.stream().map(Entry::pattern).toList();
    }
}
