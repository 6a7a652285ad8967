package org.emailresponder.ui.manager.service;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.manager.jobs.ManagerControl;
import org.emailresponder.manager.jobs.ServiceState;
import org.emailresponder.ui.AppSession;

/**
 * The Manager service of this workbench: one {@link ManagerControl} on the open database for the logged-in user.
 * Logging out (or exiting) stops the service and lets running work finish; logging in as a supervisor or
 * administrator starts it when the preference says so. Views and handlers listen here, not on one control, because
 * each login gets a fresh control.
 */
public final class WorkbenchManager {
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final List<Consumer<ServiceState>> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile ManagerControl control;
    private static boolean installed;

    private WorkbenchManager() {
    }

    /** Follows logins from now on and applies the autostart preference to the user logged in already. */
    public static synchronized void install() {
        if (!installed) {
            listen();
            userChanged(AppSession.user());
        }
    }

    private static void listen() {
        if (!installed) {
            installed = true;
            AppSession.addListener(WorkbenchManager::userChanged);
        }
    }

    /** The control for the open database; created on first use. */
    public static synchronized ManagerControl control() {
        listen(); // whatever happens first, a logout must stop the service
        if (control == null) {
            control = new ManagerControl(AppSession.services().store(), System.getenv());
            control.addListener(WorkbenchManager::fire);
        }
        return control;
    }

    public static ServiceState state() {
        ManagerControl current = control;
        return current == null ? ServiceState.STOPPED : current.state();
    }

    public static void addListener(Consumer<ServiceState> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<ServiceState> listener) {
        LISTENERS.remove(listener);
    }

    private static synchronized void userChanged(Optional<UserSession> user) {
        if (control != null) {
            control.close(CLOSE_TIMEOUT);
            control = null;
            fire(ServiceState.STOPPED);
        }
        if (user.isPresent() && user.get().may(Permission.OPERATE_MANAGER) && ServicePreferences.autostart()) {
            try {
                control().start(user.get(), ServicePreferences.pause());
            } catch (RuntimeException e) {
                ILog.of(WorkbenchManager.class).error("The Manager service did not start at login: " + e.getMessage(), e);
            }
        }
    }

    private static void fire(ServiceState state) {
        LISTENERS.forEach(listener -> listener.accept(state));
    }
}
