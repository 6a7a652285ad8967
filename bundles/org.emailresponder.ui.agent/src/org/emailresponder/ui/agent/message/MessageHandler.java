package org.emailresponder.ui.agent.message;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.emailresponder.core.MessageState;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.service.MessageSummary;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.agent.QueuesView;

/**
 * Claim and Release: act on the message selected in Queues or shown in Message (the active part's selection),
 * enabled by the message's state (the role is checked in plugin.xml, the permission by the service), and refresh
 * both views afterwards.
 */
abstract class MessageHandler extends AbstractHandler {

    /** Whether the command makes sense for this message and user (the service decides in the end). */
    abstract boolean appliesTo(MessageSummary message, UserSession user);

    /** Runs the service call; shows the user why it did not happen, if it did not. */
    abstract void run(Shell shell, MessageSummary message, UserSession user);

    abstract String title();

    @Override
    public void setEnabled(Object evaluationContext) {
        Object selection = evaluationContext instanceof IEvaluationContext context
                ? context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME) : null;
        Optional<UserSession> user = AppSession.user();
        setBaseEnabled(user.isPresent() && QueuesView.message(selection).map(m -> appliesTo(m, user.get())).orElse(false));
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Optional<MessageSummary> message = QueuesView.message(HandlerUtil.getCurrentSelection(event));
        Optional<UserSession> user = AppSession.user();
        if (message.isPresent() && user.isPresent()) {
            Shell shell = HandlerUtil.getActiveShell(event);
            Errors.guard(shell, title(), () -> run(shell, message.get(), user.get()));
            MessageView.refreshViews(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
        }
        return null;
    }

    /** Whether the user holds the claim on the message (as far as the shown state knows). */
    static boolean heldBy(MessageSummary message, UserSession user) {
        return message.state() == MessageState.CLAIMED && user.login().equals(message.assigneeLogin());
    }
}
