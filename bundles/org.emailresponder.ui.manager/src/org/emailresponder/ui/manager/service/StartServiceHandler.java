package org.emailresponder.ui.manager.service;

import org.emailresponder.core.UserSession;
import org.emailresponder.manager.jobs.ManagerControl;
import org.emailresponder.manager.jobs.ServiceState;

/** Starts the Manager service in this workbench, with the pause from the preferences. */
public final class StartServiceHandler extends ServiceHandler {

    public StartServiceHandler() {
        super("Starting the Manager service");
    }

    @Override
    protected boolean enabledIn(ServiceState state) {
        return !state.running();
    }

    @Override
    protected void run(ManagerControl control, UserSession user) {
        control.start(user, ServicePreferences.pause());
    }
}
