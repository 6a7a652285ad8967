package org.emailresponder.ui;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;

/**
 * What the workbench shows to each role. Agents get the Agent perspective only, supervisors the Manager
 * perspective, administrators both. The activities hide the other perspectives, views and commands; the
 * services check the same rules again on every call.
 */
public final class RoleAccess {

    private RoleAccess() {
    }

    public static Set<String> activitiesFor(Role role) {
        Set<String> ids = new HashSet<>();
        if (role == null) {
            return ids;
        }
        if (role == Role.AGENT || role == Role.ADMIN) {
            ids.add(Ids.AGENT_ACTIVITY);
        }
        if (role.isManager()) {
            ids.add(Ids.MANAGER_ACTIVITY);
        }
        return ids;
    }

    public static boolean allows(Role role, String perspectiveId) {
        if (Ids.AGENT_PERSPECTIVE.equals(perspectiveId)) {
            return activitiesFor(role).contains(Ids.AGENT_ACTIVITY);
        }
        if (Ids.MANAGER_PERSPECTIVE.equals(perspectiveId)) {
            return activitiesFor(role).contains(Ids.MANAGER_ACTIVITY);
        }
        return false;
    }

    /** The perspective a user starts in. */
    public static String homePerspective(Role role) {
        return role != null && role.isManager() ? Ids.MANAGER_PERSPECTIVE : Ids.AGENT_PERSPECTIVE;
    }

    /** Enables the activities of the user's role (none without a user). */
    public static void enableActivities(IWorkbench workbench, UserSession user) {
        workbench.getActivitySupport().setEnabledActivityIds(activitiesFor(user == null ? null : user.role()));
    }

    /** Enables the role's activities and leaves every window in the role's home perspective only. */
    public static void apply(IWorkbench workbench, UserSession user) {
        enableActivities(workbench, user);
        if (user == null) {
            return;
        }
        IPerspectiveDescriptor home = workbench.getPerspectiveRegistry().findPerspectiveWithId(homePerspective(user.role()));
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            IWorkbenchPage page = window.getActivePage();
            if (page == null) {
                continue;
            }
            page.setPerspective(home);
            closeForbidden(page, user.role());
        }
    }

    static void closeForbidden(IWorkbenchPage page, Role role) {
        for (IPerspectiveDescriptor open : page.getOpenPerspectives()) {
            if (!allows(role, open.getId())) {
                page.closePerspective(open, false, false);
            }
        }
    }
}
