package org.emailresponder.ui;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PerspectiveAdapter;
import org.emailresponder.core.UserSession;

/** Sends a user back to the home perspective when anything opens a perspective the user's role does not allow. */
public final class PerspectiveGuard extends PerspectiveAdapter {

    @Override
    public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
        UserSession user = AppSession.user().orElse(null);
        if (user == null || RoleAccess.allows(user.role(), perspective.getId())) {
            return;
        }
        page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
            if (page.getWorkbenchWindow().getShell().isDisposed()) {
                return;
            }
            page.setPerspective(page.getWorkbenchWindow().getWorkbench().getPerspectiveRegistry()
                    .findPerspectiveWithId(RoleAccess.homePerspective(user.role())));
            RoleAccess.closeForbidden(page, user.role());
        });
    }
}
