package org.emailresponder.ui.manager;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Users and groups side by side on top; the other administration views stacked below them over the full width. */
public final class ManagerPerspective implements IPerspectiveFactory {
    public static final String USERS = "org.emailresponder.ui.manager.users";
    public static final String GROUPS = "org.emailresponder.ui.manager.groups";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(USERS, IPageLayout.TOP, 0.45f, editors);
        layout.addView(GROUPS, IPageLayout.RIGHT, 0.6f, USERS);
        IFolderLayout admin = layout.createFolder("org.emailresponder.ui.manager.admin", IPageLayout.BOTTOM, 0.45f, editors);
        for (String view : new String[] {"accounts", "rules", "templates", "blocked", "database", "reports"}) {
            admin.addView("org.emailresponder.ui.manager." + view);
        }
    }
}
