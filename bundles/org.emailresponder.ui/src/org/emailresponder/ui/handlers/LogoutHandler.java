package org.emailresponder.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.emailresponder.ui.SessionController;

/** Logs the user out and asks for the next login; cancelling it closes the workbench. */
public final class LogoutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        SessionController.logout(HandlerUtil.getActiveShellChecked(event));
        return null;
    }
}
