package org.emailresponder.ui.manager;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.service.GroupInfo;
import org.emailresponder.core.service.UserDirectory;
import org.emailresponder.core.service.UserInfo;
import org.emailresponder.ui.Widgets;

/** All users: create, edit (name, e-mail, role, groups), disable or enable, reset the password. */
public final class UsersView extends DirectoryView<UserInfo> {
    public static final String ID = ManagerPerspective.USERS;
    private Map<Long, String> groupNames = Map.of();

    public UsersView() {
        super(UserInfo.class);
    }

    @Override
    protected void createButtons(Composite bar) {
        changeButton(bar, "New...", this::create);
        changeButton(bar, "Edit...", this::edit);
        changeButton(bar, "Disable / Enable", () -> withSelected("Disabling or enabling the user",
                u -> directory().setUserEnabled(user(), u.id(), !u.enabled())));
        changeButton(bar, "Reset password...", () -> selected().ifPresent(
                u -> open(new PasswordDialog(getSite().getShell(), directory(), user(), u).open())));
    }

    @Override
    protected void createColumns() {
        Widgets.column(viewer, "Login", 90, UserInfo.class, UserInfo::login);
        Widgets.column(viewer, "Name", 140, UserInfo.class, UserInfo::displayName);
        Widgets.column(viewer, "E-mail", 170, UserInfo.class, UserInfo::email);
        Widgets.column(viewer, "Role", 100, UserInfo.class, UserInfo::role);
        Widgets.column(viewer, "Status", 70, UserInfo.class, u -> u.enabled() ? "enabled" : "disabled");
        Widgets.column(viewer, "Groups", 180, UserInfo.class, u -> u.groupIds().stream()
                .map(id -> groupNames.getOrDefault(id, "#" + id)).sorted().collect(Collectors.joining(", ")));
    }

    @Override
    protected List<UserInfo> load(UserDirectory directory, UserSession user) {
        groupNames = directory.groups(user).stream().collect(Collectors.toMap(GroupInfo::id, GroupInfo::name));
        return directory.users(user);
    }

    /** Opens the new-user dialog. */
    public void create() {
        open(new UserDialog(getSite().getShell(), directory(), user(), null, directory().groups(user())).open());
    }

    @Override
    protected void edit() {
        selected().ifPresent(u -> open(new UserDialog(getSite().getShell(), directory(), user(), u, directory().groups(user())).open()));
    }

    private void open(int result) {
        if (result == Window.OK) {
            refresh();
        }
    }
}
