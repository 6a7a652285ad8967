package org.emailresponder.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.Failures;
import org.emailresponder.core.ValidationException;

/**
 * Shows what went wrong in words the user can act on: validation and permission messages come from the
 * services as they are; anything else is logged and shown with its cause.
 */
public final class Errors {

    private Errors() {
    }

    /** Runs an action and shows a dialog instead of an exception; returns whether it succeeded. */
    public static boolean guard(Shell shell, String what, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            show(shell, what, e);
            return false;
        }
    }

    public static void show(Shell shell, String what, RuntimeException e) {
        if (e instanceof ValidationException) {
            MessageDialog.openWarning(shell, what, e.getMessage());
        } else if (e instanceof AccessDeniedException) {
            MessageDialog.openError(shell, what, "Not allowed: " + e.getMessage());
        } else {
            ILog.of(Errors.class).log(Status.error(what + " failed", e));
            MessageDialog.openError(shell, what, what + " failed: " + message(e));
        }
    }

    public static String message(Throwable e) {
        return Failures.describe(e, "\n\nCause: ");
    }

    public static IStatus status(String text, Throwable e) {
        return Status.error(text, e);
    }
}
