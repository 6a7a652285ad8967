package org.emailresponder.app;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.emailresponder.core.UserSession;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.RoleAccess;

/** Starts in the perspective of the logged-in user's role, with only that role's activities enabled. */
final class AppWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
    }

    @Override
    public void preStartup() {
        RoleAccess.enableActivities(getWorkbenchConfigurer().getWorkbench(), AppSession.user().orElse(null));
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return RoleAccess.homePerspective(AppSession.user().map(UserSession::role).orElse(null));
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new AppWindowAdvisor(configurer);
    }
}
