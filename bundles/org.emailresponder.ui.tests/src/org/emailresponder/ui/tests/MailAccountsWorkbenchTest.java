package org.emailresponder.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.IHandlerService;
import org.emailresponder.core.UserSession;
import org.emailresponder.manager.AccountInfo;
import org.emailresponder.manager.AccountSettings;
import org.emailresponder.manager.jobs.ManagerControl;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.SessionController;
import org.emailresponder.ui.manager.accounts.AccountsView;
import org.emailresponder.ui.manager.service.ServicePreferences;
import org.emailresponder.ui.manager.service.WorkbenchManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * An administrator sets up a mail account in the Mail accounts view through the real dialog, tests it, starts the
 * Manager service, and a message delivered to the mail server (GreenMail) lands in the database. A second account
 * with a wrong password shows as failing in the table while the first goes on.
 */
class MailAccountsWorkbenchTest {
    private static final String SUPPORT = "support@example.test";
    private static final String PASSWORD = "s3cret-pw";
    private static final String START = "org.emailresponder.ui.manager.command.startService";
    private static final String STOP = "org.emailresponder.ui.manager.command.stopService";

    private GreenMail greenMail;
    private GreenMailUser mailbox;

    @BeforeEach
    void startMailServer() {
        DemoWorld.demo();
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        greenMail.start();
        mailbox = greenMail.setUser(SUPPORT, SUPPORT, PASSWORD);
        greenMail.setUser("sales@example.test", "sales@example.test", "right-password");
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (AppSession.user().isPresent()) {
            WorkbenchManager.control().stop();
        }
        Job.getJobManager().join(ManagerControl.FAMILY, null);
        greenMail.stop();
    }

    @Test
    void adminAddsAndTestsAnAccountAndTheRunningServiceStoresDeliveredMail() throws Exception {
        UserSession admin = SessionController.login("admin", DemoWorld.ADMIN_PASSWORD.toCharArray()).orElseThrow();
        IWorkbenchWindow window = DemoWorld.window();
        AccountsView view = (AccountsView) window.getActivePage().showView(AccountsView.ID);

        String[] dialogProblem = new String[1];
        Forms.whenOpen("New mail account", shell -> fillNewAccount(shell, dialogProblem));
        view.actions().add();
        assertEquals(null, dialogProblem[0], "the dialog saved the account");
        assertTrue(view.select("support"), "the new account is listed: " + view.rows());
        AccountInfo added = view.rows().get(0);
        assertEquals("imap://support%40example.test@127.0.0.1:" + greenMail.getImap().getPort(), added.incomingUrl(), "folder left empty: INBOX");
        assertFalse(added.incomingUrl().contains(PASSWORD));
        assertEquals(5, added.pollSeconds());

        assertNotNull(view.actions().testSelected());
        assertTrue(Screenshots.waitUntil(() -> view.detailsText().contains("OK outgoing"), 20_000), view.detailsText());
        assertTrue(view.detailsText().contains("OK incoming imap://support@example.test@127.0.0.1"), view.detailsText());

        WorkbenchManager.control().accounts().add(admin, new AccountSettings("sales", "imap://sales%40example.test@127.0.0.1:"
                + greenMail.getImap().getPort(), "wrong-password", null, null, null, 5, false, true, null));
        handlers(window).executeCommand(START, null);
        assertTrue(WorkbenchManager.state().running(), "the service job runs");

        deliver("<first@customer.test>", "Where is my order?");
        assertTrue(Screenshots.waitUntil(() -> storedWithSubject("Where is my order?") == 1, 60_000), "stored by the service");
        view.refresh();
        assertTrue(Screenshots.waitUntil(() -> statusOf(view, "support").equals("OK") && statusOf(view, "sales").equals("AUTH_FAILED"), 20_000),
                "support OK, sales failing: " + view.rows());
        AccountInfo sales = view.rows().stream().filter(a -> a.name().equals("sales")).findFirst().orElseThrow();
        assertTrue(sales.lastError().startsWith("AUTHENTICATION"), sales.lastError());
        assertTrue(sales.failureCount() >= 1);
        view.select("sales");
        Screenshots.save(window.getShell(), "accounts");

        handlers(window).executeCommand(STOP, null);
        assertFalse(WorkbenchManager.state().running());
        Job.getJobManager().join(ManagerControl.FAMILY, null);
        assertEquals(0, Job.getJobManager().find(ManagerControl.FAMILY).length, "no Manager job left");
    }

    @Test
    void theServiceStartsAtLoginWhenPreferredAndStopsWhenTheUserChanges() {
        ServicePreferences.save(true, 2);
        try {
            SessionController.login("sofia", DemoWorld.demo().passwords().get("sofia").toCharArray()).orElseThrow();
            assertTrue(WorkbenchManager.state().running(), "started for the supervisor at login");
            SessionController.login("anna", DemoWorld.demo().passwords().get("anna").toCharArray()).orElseThrow();
            assertFalse(WorkbenchManager.state().running(), "stopped when an agent logs in");
            assertEquals(0, Job.getJobManager().find(ManagerControl.FAMILY).length, "no Manager job left running for the agent");
        } finally {
            ServicePreferences.save(false, (int) ManagerControl.DEFAULT_PAUSE.toSeconds());
        }
    }

    private void fillNewAccount(Shell shell, String[] problem) {
        Forms form = Forms.of(shell);
        try {
            fill(shell, form);
        } catch (RuntimeException | Error e) {
            problem[0] = "filling the dialog failed: " + e;
            shell.close();
            return;
        }
        form.press("OK");
        if (!shell.isDisposed()) { // the dialog refused: remember why and close it, so the test fails instead of hanging
            problem[0] = form.visibleTexts();
            shell.close();
        }
    }

    private void fill(Shell shell, Forms form) {
        form.text("Name:", "support").text("From address:", SUPPORT).spinner("Poll every (seconds):", 5);
        form.group("Incoming server (download)").combo("Protocol:", "IMAP").text("Host:", "127.0.0.1")
                .text("Port:", Integer.toString(greenMail.getImap().getPort())).text("User:", SUPPORT).text("Password:", PASSWORD);
        form.group("Outgoing server (replies)").combo("Protocol:", "SMTP").text("Host:", "127.0.0.1")
                .text("Port:", Integer.toString(greenMail.getSmtp().getPort()));
        Screenshots.save(shell, "account-dialog");
    }

    private static String statusOf(AccountsView view, String name) {
        view.refresh();
        Optional<AccountInfo> account = view.rows().stream().filter(a -> a.name().equals(name)).findFirst();
        return account.map(AccountInfo::status).orElse("missing");
    }

    private void deliver(String messageId, String subject) throws Exception {
        String raw = "Message-ID: " + messageId + "\r\nFrom: carla@customer.test\r\nTo: " + SUPPORT + "\r\nSubject: " + subject
                + "\r\nDate: Fri, 27 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Order 4711 has not arrived.\r\n";
        mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }

    private static long storedWithSubject(String subject) {
        try (Connection c = AppSession.services().store().connection();
                PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM er_message WHERE subject = ?")) {
            st.setString(1, subject);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IHandlerService handlers(IWorkbenchWindow window) {
        return window.getService(IHandlerService.class);
    }
}
