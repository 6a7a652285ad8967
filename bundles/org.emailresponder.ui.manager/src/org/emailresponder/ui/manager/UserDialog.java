package org.emailresponder.ui.manager;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.core.service.GroupInfo;
import org.emailresponder.core.service.NewUser;
import org.emailresponder.core.service.UserDirectory;
import org.emailresponder.core.service.UserInfo;
import org.emailresponder.ui.Widgets;
import org.emailresponder.ui.dialogs.FormDialog;

/** Creates a user, or edits name, e-mail, role and group memberships of one. */
final class UserDialog extends FormDialog {
    private final UserDirectory directory;
    private final UserSession session;
    private final UserInfo existing;
    private final List<GroupInfo> groups;
    private final Map<Long, Button> memberships = new HashMap<>();
    private Text login;
    private Text name;
    private Text email;
    private Combo role;
    private Text password;
    private Text repeat;

    UserDialog(Shell parent, UserDirectory directory, UserSession session, UserInfo existing, List<GroupInfo> groups) {
        super(parent, existing == null ? "New user" : "Edit user " + existing.login(),
                existing == null ? "Login, name, role, initial password and groups of the new user."
                        : "Name, e-mail, role and groups; the login name cannot change.");
        this.directory = directory;
        this.session = session;
        this.existing = existing;
        this.groups = groups;
    }

    @Override
    protected void createForm(Composite form) {
        login = Widgets.field(form, "Login:", SWT.NONE);
        name = Widgets.field(form, "Name:", SWT.NONE);
        email = Widgets.field(form, "E-mail:", SWT.NONE);
        new Label(form, SWT.NONE).setText("Role:");
        role = new Combo(form, SWT.READ_ONLY);
        role.setItems(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
        role.select(0);
        if (existing == null) {
            password = Widgets.field(form, "Password:", SWT.PASSWORD);
            repeat = Widgets.field(form, "Repeat password:", SWT.PASSWORD);
        }
        createGroupChoice(form);
        if (existing != null) {
            login.setText(existing.login());
            login.setEnabled(false);
            name.setText(existing.displayName());
            email.setText(existing.email() == null ? "" : existing.email());
            role.select(existing.role().ordinal());
        }
    }

    private void createGroupChoice(Composite form) {
        Label label = new Label(form, SWT.NONE);
        label.setText("Groups:");
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        Composite boxes = new Composite(form, SWT.NONE);
        RowLayoutFactory.swtDefaults().type(SWT.VERTICAL).margins(0, 0).applyTo(boxes);
        if (groups.isEmpty()) {
            new Label(boxes, SWT.NONE).setText("(no groups yet)");
        }
        for (GroupInfo group : groups) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(group.name() + (group.enabled() ? "" : " (disabled)"));
            box.setSelection(existing != null && existing.groupIds().contains(group.id()));
            memberships.put(group.id(), box);
        }
    }

    private Set<Long> chosenGroups() {
        return memberships.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    @Override
    protected void save() {
        Role chosen = Role.valueOf(role.getText());
        if (existing != null) {
            directory.updateUser(session, existing.id(), name.getText(), email.getText(), chosen);
            directory.setMemberships(session, existing.id(), chosenGroups());
            return;
        }
        char[] first = password.getTextChars();
        char[] second = repeat.getTextChars();
        try {
            if (!Arrays.equals(first, second)) {
                throw new ValidationException("The two passwords differ.");
            }
            directory.createUser(session, new NewUser(login.getText(), name.getText(), email.getText(), chosen, first, chosenGroups()));
        } finally {
            PasswordHasher.wipe(first);
            PasswordHasher.wipe(second);
        }
    }
}
