package org.emailresponder.ui.manager;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.core.service.UserDirectory;
import org.emailresponder.core.service.UserInfo;
import org.emailresponder.ui.Widgets;
import org.emailresponder.ui.dialogs.FormDialog;

/** Sets a new password for a user who forgot theirs. */
final class PasswordDialog extends FormDialog {
    private final UserDirectory directory;
    private final UserSession session;
    private final UserInfo user;
    private Text password;
    private Text repeat;

    PasswordDialog(Shell parent, UserDirectory directory, UserSession session, UserInfo user) {
        super(parent, "Reset password of " + user.login(), "Tell the user the new password on a safe channel.");
        this.directory = directory;
        this.session = session;
        this.user = user;
    }

    @Override
    protected void createForm(Composite form) {
        password = Widgets.field(form, "New password:", SWT.PASSWORD);
        repeat = Widgets.field(form, "Repeat password:", SWT.PASSWORD);
    }

    @Override
    protected void save() {
        char[] first = password.getTextChars();
        char[] second = repeat.getTextChars();
        try {
            if (!Arrays.equals(first, second)) {
                throw new ValidationException("The two passwords differ.");
            }
            directory.resetPassword(session, user.id(), first);
        } finally {
            PasswordHasher.wipe(first);
            PasswordHasher.wipe(second);
        }
    }
}
