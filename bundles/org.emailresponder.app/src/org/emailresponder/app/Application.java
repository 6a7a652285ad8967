package org.emailresponder.app;

import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.emailresponder.core.UserSession;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.Ids;
import org.emailresponder.ui.Services;

/**
 * The Email Responder workbench: opens (and migrates) the database, lets the first administrator be created or a
 * user log in, then opens the workbench in the perspective of the user's role.
 */
public final class Application implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            Branding.setDefaultImages(display);
            Services services = DatabaseStartup.open(display);
            if (services == null) {
                return EXIT_OK;
            }
            AppSession.start(services);
            context.applicationRunning();
            if (!skipLoginForTests()) {
                Optional<UserSession> user = DatabaseStartup.login(services);
                if (user.isEmpty()) {
                    return EXIT_OK;
                }
                AppSession.setUser(user.get());
            }
            int code = PlatformUI.createAndRunWorkbench(display, new AppWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            AppSession.close();
            display.dispose();
        }
    }

    // only the UI tests open the workbench without a login: the property alone is not enough
    private static boolean skipLoginForTests() {
        return Boolean.getBoolean(Ids.TEST_SKIP_LOGIN) && Platform.getBundle("org.emailresponder.ui.tests") != null;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
