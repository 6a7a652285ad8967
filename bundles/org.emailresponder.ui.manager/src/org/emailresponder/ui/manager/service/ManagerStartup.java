package org.emailresponder.ui.manager.service;

import org.eclipse.ui.IStartup;

/** Lets the Manager service follow logins from the start, so it can start at login when the preference says so. */
public final class ManagerStartup implements IStartup {

    @Override
    public void earlyStartup() {
        WorkbenchManager.install();
    }
}
