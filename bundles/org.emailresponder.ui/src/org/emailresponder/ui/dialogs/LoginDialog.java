package org.emailresponder.ui.dialogs;

import java.lang.management.ManagementFactory;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.emailresponder.core.UserSession;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.Services;
import org.emailresponder.ui.Widgets;

/** Asks for login and password and checks them against the database; stays open until they match or the user cancels. */
public final class LoginDialog extends TitleAreaDialog {
    private final Services services;
    private Text login;
    private Text password;
    private UserSession session;

    public LoginDialog(Shell parent, Services services) {
        super(parent);
        this.services = services;
    }

    /** Opens the dialog; the session of the user who logged in, or empty when cancelled. */
    public Optional<UserSession> openForSession() {
        return open() == OK ? Optional.ofNullable(session) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Email Responder — Log in");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Log in");
        setMessage("Database: " + services.settings().displayName());
        Composite form = Widgets.form(area);
        login = Widgets.field(form, "Login:", SWT.NONE);
        password = Widgets.field(form, "Password:", SWT.PASSWORD);
        return area;
    }

    @Override
    public void create() {
        super.create();
        getShell().getDisplay().asyncExec(LoginDialog::reportShown);
    }

    private static void reportShown() {
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("emailresponder: login dialog shown " + sinceStart + " ms after JVM start (at "
                + java.time.Instant.now() + ")");
    }

    @Override
    protected void okPressed() {
        try {
            Optional<UserSession> user = services.authentication().login(login.getText(), password.getTextChars());
            if (user.isEmpty()) {
                setErrorMessage("Login or password is wrong, or the account is disabled.");
                password.setText("");
                password.setFocus();
                return;
            }
            session = user.get();
            super.okPressed();
        } catch (RuntimeException e) {
            setErrorMessage(Errors.message(e));
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Log in", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
