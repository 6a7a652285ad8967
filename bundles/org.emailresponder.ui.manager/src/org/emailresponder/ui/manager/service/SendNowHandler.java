package org.emailresponder.ui.manager.service;

import org.emailresponder.core.UserSession;
import org.emailresponder.manager.jobs.ManagerControl;

/** Sends the replies that are due, once, now. */
public final class SendNowHandler extends ServiceHandler {

    public SendNowHandler() {
        super("Sending replies");
    }

    @Override
    protected void run(ManagerControl control, UserSession user) {
        control.sendNow(user);
    }
}
