package org.emailresponder.ui.dialogs;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.store.DemoData;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.Services;
import org.emailresponder.ui.Widgets;

/**
 * Shown once, when the database has no user: creates the first administrator. On the embedded H2 default it can
 * also load the demo data; a server database starts empty, as a real installation should.
 */
public final class FirstAdminDialog extends TitleAreaDialog {
    private final Services services;
    private Text login;
    private Text name;
    private Text password;
    private Text repeat;
    private Button demo;
    private UserSession session;
    private DemoData.Loaded demoLoaded;

    public FirstAdminDialog(Shell parent, Services services) {
        super(parent);
        this.services = services;
    }

    /** The new administrator, or empty when cancelled. */
    public Optional<UserSession> openForSession() {
        if (open() != OK) {
            return Optional.empty();
        }
        if (demoLoaded != null) {
            new DemoPasswordsDialog(getParentShell(), demoLoaded).open();
        }
        return Optional.ofNullable(session);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Email Responder — First start");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Create the first administrator");
        setMessage("The database " + services.settings().displayName() + " has no users yet.");
        Composite form = Widgets.form(area);
        login = Widgets.field(form, "Login:", SWT.NONE);
        name = Widgets.field(form, "Name:", SWT.NONE);
        password = Widgets.field(form, "Password:", SWT.PASSWORD);
        repeat = Widgets.field(form, "Repeat password:", SWT.PASSWORD);
        if (services.settings().isEmbedded()) {
            demo = Widgets.checkbox(form, "Load demo data (groups, users, contacts, templates, messages)", true);
        }
        Widgets.note(form, "The administrator manages users, groups, mail accounts and rules. Passwords need at least 8 characters.");
        return area;
    }

    @Override
    public void create() {
        super.create();
        getShell().getDisplay().asyncExec(() -> System.out.println("emailresponder: first-administrator dialog shown "
                + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms after JVM start"));
    }

    @Override
    protected void okPressed() {
        char[] first = password.getTextChars();
        char[] second = repeat.getTextChars();
        try {
            if (!Arrays.equals(first, second)) {
                setErrorMessage("The two passwords differ.");
                return;
            }
            session = services.authentication().createFirstAdmin(login.getText(), name.getText(), first);
            if (demo != null && demo.getSelection()) {
                demoLoaded = new DemoData(services.store(), services.hasher()).load(session);
            }
            super.okPressed();
        } catch (RuntimeException e) {
            setErrorMessage(Errors.message(e));
        } finally {
            PasswordHasher.wipe(first);
            PasswordHasher.wipe(second);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Create administrator", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
