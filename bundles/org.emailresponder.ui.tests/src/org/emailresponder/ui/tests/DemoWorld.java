package org.emailresponder.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.emailresponder.core.UserSession;
import org.emailresponder.store.DemoData;
import org.emailresponder.ui.AppSession;

/** The one test database of the workbench run: the first administrator and the demo data, made once for all tests. */
final class DemoWorld {
    static final String ADMIN_PASSWORD = "admin-pass-1";
    private static DemoData.Loaded demo;

    private DemoWorld() {
    }

    static synchronized DemoData.Loaded demo() {
        assertTrue(Screenshots.waitUntil(() -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null, 30_000), "workbench window open");
        if (demo == null && AppSession.services().authentication().needsFirstAdmin()) {
            UserSession admin = AppSession.services().authentication().createFirstAdmin("admin", "Ada Admin", ADMIN_PASSWORD.toCharArray());
            demo = new DemoData(AppSession.services().store(), AppSession.services().hasher()).load(admin);
        }
        assertNotNull(demo, "the test database was fresh");
        return demo;
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null ? PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }
}
