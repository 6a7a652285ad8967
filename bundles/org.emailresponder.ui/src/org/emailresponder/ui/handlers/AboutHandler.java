package org.emailresponder.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.emailresponder.ui.dialogs.AboutDialog;

/** Shows the About dialog. */
public final class AboutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        AboutDialog.open(HandlerUtil.getActiveShellChecked(event));
        return null;
    }
}
