package org.emailresponder.ui.manager;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.service.GroupInfo;
import org.emailresponder.core.service.UserDirectory;
import org.emailresponder.ui.Widgets;
import org.emailresponder.ui.dialogs.FormDialog;

/** Creates or edits a group: name, description and how its messages are handed to members. */
final class GroupDialog extends FormDialog {
    private final UserDirectory directory;
    private final UserSession session;
    private final GroupInfo existing;
    private Text name;
    private Text description;
    private Combo mode;

    GroupDialog(Shell parent, UserDirectory directory, UserSession session, GroupInfo existing) {
        super(parent, existing == null ? "New group" : "Edit group " + existing.name(),
                "MANUAL: members claim messages; ROUND_ROBIN and LEAST_LOADED assign them.");
        this.directory = directory;
        this.session = session;
        this.existing = existing;
    }

    @Override
    protected void createForm(Composite form) {
        name = Widgets.field(form, "Name:", SWT.NONE);
        description = Widgets.field(form, "Description:", SWT.NONE);
        new Label(form, SWT.NONE).setText("Assignment:");
        mode = new Combo(form, SWT.READ_ONLY);
        mode.setItems(Arrays.stream(AssignmentMode.values()).map(AssignmentMode::name).toArray(String[]::new));
        mode.select(0);
        if (existing != null) {
            name.setText(existing.name());
            description.setText(existing.description() == null ? "" : existing.description());
            mode.select(existing.assignmentMode().ordinal());
        }
    }

    @Override
    protected void save() {
        AssignmentMode chosen = AssignmentMode.valueOf(mode.getText());
        if (existing == null) {
            directory.createGroup(session, name.getText(), description.getText(), chosen);
        } else {
            directory.updateGroup(session, existing.id(), name.getText(), description.getText(), chosen);
        }
    }
}
