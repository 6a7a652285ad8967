package org.emailresponder.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.HandlerUtil;
import org.emailresponder.ui.Ids;

/** Opens the preferences, on the database connection page. */
public final class PreferencesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        PreferencesUtil.createPreferenceDialogOn(HandlerUtil.getActiveShellChecked(event), Ids.DATABASE_PREFERENCE_PAGE, null, null).open();
        return null;
    }
}
