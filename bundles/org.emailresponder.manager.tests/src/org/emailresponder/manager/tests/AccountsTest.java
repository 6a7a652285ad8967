package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.manager.AccountInfo;
import org.emailresponder.manager.AccountSettings;
import org.emailresponder.manager.IngestResult;
import org.emailresponder.manager.ManagerListener;
import org.emailresponder.manager.SecretBox;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class AccountsTest {
    @AutoClose
    private final MailWorld world = new MailWorld();

    @Test
    void secretsAreSealedInTheDatabaseAndOpenOnlyWithTheSameKey() throws Exception {
        world.addAccount("support", world.imapUrl(), false);
        String stored = (String) world.rows("SELECT incoming_secret AS v FROM er_mail_account").get(0).get("v");
        assertFalse(stored.contains(MailWorld.PASSWORD));
        assertTrue(stored.startsWith("v1:"));
        assertEquals(MailWorld.PASSWORD, world.secrets.open(stored));
        Path folder = Files.createTempDirectory("er-key");
        SecretBox other = SecretBox.fromKeyFile(folder.resolve("secret.key"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("secret.key"))));
        assertThrows(IllegalStateException.class, () -> other.open(stored));
    }

    @Test
    void onlyAdministratorsManageAccountsAndPasswordsStayOutOfUrls() {
        UserSession agent = new UserSession(5, "al", "Al", Role.AGENT, Set.of());
        AccountSettings settings = new AccountSettings("x", world.imapUrl(), "pw", null, null, null, 60, false, true, null);
        assertThrows(AccessDeniedException.class, () -> world.manager.accounts().add(agent, settings));
        assertThrows(ValidationException.class, () -> world.manager.accounts().add(UserSession.MANAGER_SERVICE,
                new AccountSettings("y", "imap://joe:pw@127.0.0.1/INBOX", null, null, null, null, 60, false, true, null)));
    }

    @Test
    void aWrongPasswordMarksOnlyThatAccountAndBacksItOff() throws Exception {
        world.addAccount("good", world.imapUrl(), false);
        world.manager.accounts().add(UserSession.MANAGER_SERVICE, new AccountSettings("bad", world.imapUrl(), "wrong", null, null, null, 60,
                false, true, null));
        world.deliver(MailWorld.message("<a@customer.test>", "c@customer.test", "Q", "", "b"));
        IngestResult result = world.manager.service().fetch(true, ManagerListener.NONE);
        assertEquals(1, result.stored());
        assertEquals(1, result.errors());
        AccountInfo bad = world.manager.accounts().byName(UserSession.MANAGER_SERVICE, "bad");
        assertEquals("AUTH_FAILED", bad.status());
        assertEquals(1, bad.failureCount());
        assertTrue(bad.nextPollAt().isAfter(Instant.now().plusSeconds(100)), "backed off beyond the poll interval");
        AccountInfo good = world.manager.accounts().byName(UserSession.MANAGER_SERVICE, "good");
        assertEquals("OK", good.status());
        assertEquals(0, world.manager.service().fetch(false, ManagerListener.NONE).errors(), "the bad account is not due yet");
        world.execute("UPDATE er_mail_account SET next_poll_at = ? WHERE name = 'bad'", Timestamp.from(Instant.now()));
        world.manager.service().fetch(false, ManagerListener.NONE);
        assertEquals(2, world.manager.accounts().byName(UserSession.MANAGER_SERVICE, "bad").failureCount());
        assertTrue(world.manager.accounts().test(UserSession.MANAGER_SERVICE, "bad").get(0).startsWith("FAILED incoming"));
        assertTrue(world.manager.accounts().test(UserSession.MANAGER_SERVICE, "good").stream().allMatch(l -> l.startsWith("OK")));
    }
}
