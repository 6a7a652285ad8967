package org.emailresponder.ui.manager.service;

import org.emailresponder.core.UserSession;
import org.emailresponder.manager.jobs.ManagerControl;

/** Downloads from every enabled account once, now, whether it is due or not. */
public final class FetchNowHandler extends ServiceHandler {

    public FetchNowHandler() {
        super("Fetching mail");
    }

    @Override
    protected void run(ManagerControl control, UserSession user) {
        control.fetchNow(user);
    }
}
