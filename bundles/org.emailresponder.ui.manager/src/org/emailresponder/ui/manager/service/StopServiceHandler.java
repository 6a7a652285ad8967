package org.emailresponder.ui.manager.service;

import org.emailresponder.core.UserSession;
import org.emailresponder.manager.jobs.ManagerControl;
import org.emailresponder.manager.jobs.ServiceState;

/** Stops the Manager service of this workbench; a download in progress ends after its current batch. */
public final class StopServiceHandler extends ServiceHandler {

    public StopServiceHandler() {
        super("Stopping the Manager service");
    }

    @Override
    protected boolean enabledIn(ServiceState state) {
        return state.running();
    }

    @Override
    protected void run(ManagerControl control, UserSession user) {
        control.stop();
    }
}
