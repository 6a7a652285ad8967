package org.emailresponder.ui.agent.message;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.emailresponder.core.MessageState;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.service.MessageSummary;
import org.emailresponder.rules.claims.ClaimResult;

/** Claims the message for the user; if someone else holds it, says who and until when. */
public final class ClaimHandler extends MessageHandler {
    public static final String COMMAND = "org.emailresponder.ui.agent.command.claim";
    static final String TITLE = "Claim message";

    @Override
    boolean appliesTo(MessageSummary message, UserSession user) {
        // a message claimed by someone else stays claimable: the service may find the claim expired, or says who holds it
        return message.state() == MessageState.ROUTED || message.state() == MessageState.CLAIMED && !heldBy(message, user);
    }

    @Override
    void run(Shell shell, MessageSummary message, UserSession user) {
        ClaimResult result = Claims.service().claim(user, message.id());
        if (!result.claimed()) {
            MessageDialog.openInformation(shell, TITLE, MessageText.refusal(result));
        }
    }

    @Override
    String title() {
        return TITLE;
    }
}
