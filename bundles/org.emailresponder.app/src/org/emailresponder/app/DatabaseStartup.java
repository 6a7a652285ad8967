package org.emailresponder.app;

import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Display;
import org.emailresponder.core.UserSession;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.Services;
import org.emailresponder.ui.dialogs.FirstAdminDialog;
import org.emailresponder.ui.dialogs.LoginDialog;
import org.emailresponder.ui.preferences.DatabasePreferencePage;
import org.emailresponder.ui.preferences.DatabasePreferences;

/** The steps before the workbench opens: find and open the database, then the first administrator or a login. */
final class DatabaseStartup {
    private static final int RETRY = 0;
    private static final int SETTINGS = 1;

    private DatabaseStartup() {
    }

    /** The open database, or null when it cannot be opened and the user gives up. */
    static Services open(Display display) {
        while (true) {
            DatabaseSettings settings = DatabaseSettings.resolve(Platform.getApplicationArgs(), System.getenv(), storedPreferences());
            try {
                long start = System.nanoTime();
                Services services = StartupSplash.whileShowing(display, "Opening the database " + settings.displayName() + " ...",
                        () -> openAndWarmUp(settings));
                System.out.println("emailresponder: database " + settings.displayName() + " open in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
                return services;
            } catch (RuntimeException e) {
                ILog.of(DatabaseStartup.class).error("Cannot open the database " + settings.displayName(), e);
                int choice = new MessageDialog(null, "Email Responder — Database", null,
                        "The database " + settings.displayName() + " cannot be opened.\n\n" + Errors.message(e),
                        MessageDialog.ERROR, 0, "Retry", "Connection settings...", "Exit").open();
                if (choice == SETTINGS) {
                    editConnection();
                } else if (choice != RETRY) {
                    return null;
                }
            }
        }
    }

    // the first query also builds EclipseLink's metadata: do it here, behind the start window, not after it
    private static Services openAndWarmUp(DatabaseSettings settings) {
        Services services = Services.open(settings);
        try {
            services.authentication().needsFirstAdmin();
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /** The first administrator on an empty database, else a login; empty when the user cancels. */
    static Optional<UserSession> login(Services services) {
        if (services.authentication().needsFirstAdmin()) {
            return new FirstAdminDialog(null, services).openForSession();
        }
        return new LoginDialog(null, services).openForSession();
    }

    private static Map<String, String> storedPreferences() {
        try {
            return DatabasePreferences.load();
        } catch (RuntimeException e) {
            ILog.of(DatabaseStartup.class).warn("Ignoring the stored database connection: " + e.getMessage());
            return Map.of();
        }
    }

    private static void editConnection() {
        PreferenceManager manager = new PreferenceManager();
        DatabasePreferencePage page = new DatabasePreferencePage();
        page.setTitle("Database connection");
        page.init(null);
        manager.addToRoot(new PreferenceNode("database", page));
        new PreferenceDialog(null, manager).open();
    }
}
