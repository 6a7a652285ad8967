package org.emailresponder.app;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.emailresponder.core.UserSession;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.PerspectiveGuard;
import org.emailresponder.ui.RoleAccess;

/** The main window: status line with the session and job progress, perspective bar, title naming the user. */
final class AppWindowAdvisor extends WorkbenchWindowAdvisor {
    private final Consumer<Optional<UserSession>> titleUpdater = user -> updateTitleLater();

    AppWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new AppActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setShowProgressIndicator(true); // the Manager service and connection tests run as Jobs; their Cancel is here
        configurer.setTitle(title(AppSession.user()));
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        window.addPerspectiveListener(new PerspectiveGuard());
        AppSession.user().ifPresent(user -> RoleAccess.apply(window.getWorkbench(), user));
        AppSession.addListener(titleUpdater);
        window.getShell().setMaximized(true);
    }

    @Override
    public void dispose() {
        AppSession.removeListener(titleUpdater);
        super.dispose();
    }

    private void updateTitleLater() {
        Shell shell = getWindowConfigurer().getWindow().getShell();
        if (shell != null && !shell.isDisposed()) {
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    shell.setText(title(AppSession.user()));
                }
            });
        }
    }

    static String title(Optional<UserSession> user) {
        return user.map(u -> "Email Responder — " + u.displayName() + " (" + u.role() + ")").orElse("Email Responder");
    }
}
