package org.emailresponder.ui.dialogs;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.emailresponder.ui.AppSession;

/** Product name, version, the database and the logged-in user. */
public final class AboutDialog {

    private AboutDialog() {
    }

    public static void open(Shell shell) {
        String version = Platform.getBundle("org.emailresponder.ui").getVersion().toString();
        String database = AppSession.isStarted() ? AppSession.services().settings().displayName() : "(not open)";
        String user = AppSession.user().map(u -> u.displayName() + " (" + u.login() + ", " + u.role() + ")").orElse("(nobody)");
        MessageDialog.openInformation(shell, "About Email Responder", "Email Responder " + version
                + "\n\nA multi-user help desk for e-mail: messages are fetched, analyzed and routed to groups,"
                + " answered by agents with templates, and sent by the Manager service.\n\nDatabase: " + database
                + "\nLogged in: " + user + "\nJava: " + System.getProperty("java.version"));
    }
}
