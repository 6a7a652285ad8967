package org.emailresponder.ui.manager;

import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.service.GroupInfo;
import org.emailresponder.core.service.UserDirectory;
import org.emailresponder.ui.Widgets;

/** All groups: create, edit (name, description, assignment mode), disable or enable. */
public final class GroupsView extends DirectoryView<GroupInfo> {
    public static final String ID = ManagerPerspective.GROUPS;

    public GroupsView() {
        super(GroupInfo.class);
    }

    @Override
    protected void createButtons(Composite bar) {
        changeButton(bar, "New...", this::create);
        changeButton(bar, "Edit...", this::edit);
        changeButton(bar, "Disable / Enable", () -> withSelected("Disabling or enabling the group",
                g -> directory().setGroupEnabled(user(), g.id(), !g.enabled())));
    }

    @Override
    protected void createColumns() {
        Widgets.column(viewer, "Name", 100, GroupInfo.class, GroupInfo::name);
        Widgets.column(viewer, "Assignment", 115, GroupInfo.class, GroupInfo::assignmentMode);
        Widgets.column(viewer, "Members", 80, GroupInfo.class, g -> g.memberIds().size());
        Widgets.column(viewer, "Status", 70, GroupInfo.class, g -> g.enabled() ? "enabled" : "disabled");
        Widgets.column(viewer, "Description", 200, GroupInfo.class, GroupInfo::description);
    }

    @Override
    protected List<GroupInfo> load(UserDirectory directory, UserSession user) {
        return directory.groups(user);
    }

    /** Opens the new-group dialog. */
    public void create() {
        if (new GroupDialog(getSite().getShell(), directory(), user(), null).open() == Window.OK) {
            refresh();
        }
    }

    @Override
    protected void edit() {
        selected().ifPresent(g -> {
            if (new GroupDialog(getSite().getShell(), directory(), user(), g).open() == Window.OK) {
                refresh();
            }
        });
    }
}
