package org.emailresponder.ui;

import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.emailresponder.core.UserSession;
import org.emailresponder.ui.dialogs.LoginDialog;

/** Logging in and out inside the running workbench. */
public final class SessionController {

    private SessionController() {
    }

    /**
     * Checks the password against the database and, when it matches, makes the user current and shows the
     * workbench the user's role allows. The login dialog and the UI tests both come through here.
     */
    public static Optional<UserSession> login(String login, char[] password) {
        Optional<UserSession> user = AppSession.services().authentication().login(login, password);
        user.ifPresent(SessionController::become);
        return user;
    }

    /** Makes an already authenticated user current. */
    public static void become(UserSession user) {
        AppSession.setUser(user);
        if (PlatformUI.isWorkbenchRunning()) {
            RoleAccess.apply(PlatformUI.getWorkbench(), user);
        }
    }

    /** Logs the user out, asks for the next login and closes the workbench when nobody logs in. */
    public static void logout(Shell shell) {
        IWorkbench workbench = PlatformUI.getWorkbench();
        AppSession.setUser(null);
        RoleAccess.enableActivities(workbench, null);
        Optional<UserSession> next = new LoginDialog(shell, AppSession.services()).openForSession();
        if (next.isEmpty()) {
            workbench.close();
            return;
        }
        become(next.get());
    }
}
