package org.emailresponder.ui.dialogs;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.Widgets;

/**
 * A titled form that saves through a service when OK is pressed. What the service refuses (validation, permission)
 * is shown in the dialog's message area and the dialog stays open with the input, so nothing typed is lost.
 */
public abstract class FormDialog extends TitleAreaDialog {
    private final String title;
    private final String message;

    protected FormDialog(Shell parent, String title, String message) {
        super(parent);
        this.title = title;
        this.message = message;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        createForm(Widgets.form(area));
        return area;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    /** Adds the fields to a two-column form. */
    protected abstract void createForm(Composite form);

    /** Saves through the services; throws what they throw. */
    protected abstract void save();

    @Override
    protected void okPressed() {
        try {
            save();
            super.okPressed();
        } catch (AccessDeniedException e) {
            setErrorMessage("Not allowed: " + e.getMessage());
        } catch (RuntimeException e) {
            setErrorMessage(Errors.message(e));
        }
    }
}
