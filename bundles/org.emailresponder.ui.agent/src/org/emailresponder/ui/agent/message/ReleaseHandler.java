package org.emailresponder.ui.agent.message;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.service.MessageSummary;

/** Gives the user's claim back to the group (ROUTED again). */
public final class ReleaseHandler extends MessageHandler {
    public static final String COMMAND = "org.emailresponder.ui.agent.command.release";
    static final String TITLE = "Release message";

    @Override
    boolean appliesTo(MessageSummary message, UserSession user) {
        return heldBy(message, user);
    }

    @Override
    void run(Shell shell, MessageSummary message, UserSession user) {
        if (!Claims.service().release(user, message.id())) {
            MessageDialog.openInformation(shell, TITLE, "You do not hold this message any more: the claim lapsed or was released.");
        }
    }

    @Override
    String title() {
        return TITLE;
    }
}
