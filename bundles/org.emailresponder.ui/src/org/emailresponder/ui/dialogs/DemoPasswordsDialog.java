package org.emailresponder.ui.dialogs;

import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.emailresponder.store.DemoData;

/** Shows the random initial passwords of the demo users, once, to the administrator who loaded them. */
final class DemoPasswordsDialog extends Dialog {
    private final DemoData.Loaded loaded;

    DemoPasswordsDialog(Shell parent, DemoData.Loaded loaded) {
        super(parent);
        this.loaded = loaded;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Demo data loaded");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("Loaded " + loaded.groups() + " groups, " + loaded.passwords().size() + " users, " + loaded.contacts()
                + " contacts, " + loaded.products() + " products, " + loaded.templates() + " templates and " + loaded.messages()
                + " messages.\nThe demo users' passwords are shown only now; copy them:");
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, String> user : loaded.passwords().entrySet()) {
            lines.append(String.format("%-8s %s%n", user.getKey(), user.getValue()));
        }
        Text text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY);
        text.setText(lines.toString());
        text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).hint(380, SWT.DEFAULT).applyTo(text);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }
}
