package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.manager.AccountInfo;
import org.emailresponder.manager.AccountSettings;
import org.emailresponder.manager.IngestResult;
import org.emailresponder.manager.Leases;
import org.emailresponder.manager.MailAccounts;
import org.emailresponder.manager.ManagerListener;
import org.emailresponder.manager.ReplyDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What administrators do with accounts after adding them: edit, switch off and on, delete; and who may. */
class AccountManagementTest {
    private static final UserSession AGENT = new UserSession(5, "al", "Al Agent", Role.AGENT, Set.of());
    private static final UserSession SUPERVISOR = new UserSession(6, "sue", "Sue Supervisor", Role.SUPERVISOR, Set.of());
    private static final UserSession ADMIN = UserSession.MANAGER_SERVICE;

    private MailWorld world;
    private MailAccounts accounts;
    private long support;

    @BeforeEach
    void start() {
        world = new MailWorld();
        accounts = world.manager.accounts();
        support = world.addAccount("support", world.imapUrl(), false);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void agentsMayNotTouchAccountsAndSupervisorsMayOnlySeeTheirHealth() {
        AccountSettings settings = settings("support", null);
        List<Runnable> changes = List.of(() -> accounts.add(AGENT, settings), () -> accounts.update(AGENT, support, settings),
                () -> accounts.setEnabled(AGENT, support, false), () -> accounts.delete(AGENT, support), () -> accounts.test(AGENT, support),
                () -> accounts.list(AGENT), () -> accounts.add(SUPERVISOR, settings), () -> accounts.update(SUPERVISOR, support, settings),
                () -> accounts.setEnabled(SUPERVISOR, support, false), () -> accounts.delete(SUPERVISOR, support),
                () -> accounts.test(SUPERVISOR, support), () -> accounts.storedMessages(SUPERVISOR, support));
        for (Runnable change : changes) {
            assertThrows(AccessDeniedException.class, change::run);
        }
        List<AccountInfo> seen = accounts.list(SUPERVISOR);
        assertEquals(List.of("support"), seen.stream().map(AccountInfo::name).toList());
        assertTrue(seen.get(0).enabled(), "nothing was changed by the refused calls");
    }

    @Test
    void namesAreUniqueAndEditingWithoutAPasswordKeepsTheStoredOneAndAWrongOneFailsTheAccount() throws Exception {
        world.execute("INSERT INTO er_group (id, name, assignment_mode, enabled, version) VALUES (7, 'Billing', 'MANUAL', TRUE, 1)");
        ValidationException taken = assertThrows(ValidationException.class, () -> accounts.add(ADMIN, settings("support", null)));
        assertEquals("There is already a mail account named support", taken.getMessage());
        accounts.update(ADMIN, support, settings("support", "Billing"));
        AccountInfo edited = accounts.byName(ADMIN, "support");
        assertEquals(120, edited.pollSeconds());
        assertEquals("Billing", edited.defaultGroup());
        world.deliver(MailWorld.message("<k@customer.test>", "c@customer.test", "Kept", "", "b"));
        assertEquals(1, world.manager.service().fetch(true, ManagerListener.NONE).stored(), "the stored password still logs in");

        AccountSettings wrong = new AccountSettings("support", world.imapUrl(), "not-the-password", world.smtpUrl(), null,
                MailWorld.SUPPORT, 120, false, true, null);
        accounts.update(ADMIN, support, wrong);
        assertEquals(1, world.manager.service().fetch(true, ManagerListener.NONE).errors());
        assertEquals("AUTH_FAILED", accounts.byName(ADMIN, "support").status());
        assertTrue(accounts.test(ADMIN, support).get(0).startsWith("FAILED incoming"));
    }

    @Test
    void aDisabledAccountIsNotPolledAndIsPolledAtOnceWhenEnabledAgain() throws Exception {
        accounts.setEnabled(ADMIN, support, false);
        world.deliver(MailWorld.message("<d@customer.test>", "c@customer.test", "Waiting", "", "b"));
        assertEquals(IngestResult.NONE, world.manager.service().fetch(true, ManagerListener.NONE));
        assertFalse(accounts.byName(ADMIN, "support").enabled());

        accounts.setEnabled(ADMIN, support, true);
        assertEquals(1, world.manager.service().fetch(false, ManagerListener.NONE).stored(), "due at once, not after the interval");
    }

    @Test
    void deletingAnAccountKeepsItsStoredMessagesAndReAddingItDoesNotDoubleThem() throws Exception {
        world.deliver(MailWorld.message("<m@customer.test>", "c@customer.test", "Stay", "", "b"));
        world.manager.service().fetch(true, ManagerListener.NONE);
        assertEquals(1, accounts.storedMessages(ADMIN, support));

        assertEquals(1, accounts.delete(ADMIN, support));

        assertTrue(accounts.list(ADMIN).isEmpty());
        List<Map<String, Object>> messages = world.rows("SELECT subject, account_id FROM er_message");
        assertEquals(1, messages.size());
        assertEquals("Stay", messages.get(0).get("subject"));
        assertNull(messages.get(0).get("account_id"));
        assertEquals(0, world.count("SELECT COUNT(*) AS c FROM er_folder_state"));
        world.addAccount("support again", world.imapUrl(), false);
        IngestResult again = world.manager.service().fetch(true, ManagerListener.NONE);
        assertEquals(0, again.stored());
        assertEquals(1, again.duplicates());
    }

    @Test
    void deletingIsRefusedWhileRepliesWaitOrAnotherManagerDownloads() throws Exception {
        world.deliver(MailWorld.message("<q@customer.test>", "c@customer.test", "Question", "", "b"));
        world.manager.service().fetch(true, ManagerListener.NONE);
        long question = ((Number) world.rows("SELECT id AS v FROM er_message").get(0).get("v")).longValue();
        world.manager.replies().queue(ADMIN, new ReplyDraft(question, null, null, null, null, "Answer", null, null, false));
        ValidationException waiting = assertThrows(ValidationException.class, () -> accounts.delete(ADMIN, support));
        assertTrue(waiting.getMessage().contains("1 replies still wait"), waiting.getMessage());

        world.execute("UPDATE er_reply SET state = 'SENT'");
        assertTrue(new Leases(world.store, "manager-B").acquire("account:" + support, Duration.ofMinutes(5)));
        ValidationException busy = assertThrows(ValidationException.class, () -> accounts.delete(ADMIN, support));
        assertTrue(busy.getMessage().contains("manager-B"), busy.getMessage());
        assertEquals(1, accounts.list(ADMIN).size(), "still there after both refusals");
    }

    private AccountSettings settings(String name, String group) {
        return new AccountSettings(name, world.imapUrl(), null, world.smtpUrl(), null, MailWorld.SUPPORT, 120, false, true, group);
    }
}
