package org.emailresponder.ui.manager.service;

import java.time.Duration;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.emailresponder.manager.jobs.ManagerControl;
import org.osgi.service.prefs.BackingStoreException;

/**
 * How the Manager service behaves in this workbench, stored in the instance preferences of
 * {@code org.emailresponder.ui.manager}: whether it starts when a supervisor or administrator logs in (default
 * off, so a workbench does not download mail unless someone decided it should) and the pause between cycles.
 */
public final class ServicePreferences {
    static final String NODE = "org.emailresponder.ui.manager";
    static final String AUTOSTART = "service.autostart";
    static final String PAUSE_SECONDS = "service.pauseSeconds";

    private ServicePreferences() {
    }

    public static boolean autostart() {
        return node().getBoolean(AUTOSTART, false);
    }

    public static Duration pause() {
        int seconds = node().getInt(PAUSE_SECONDS, (int) ManagerControl.DEFAULT_PAUSE.toSeconds());
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    public static void save(boolean autostart, int pauseSeconds) {
        IEclipsePreferences node = node();
        node.putBoolean(AUTOSTART, autostart);
        node.putInt(PAUSE_SECONDS, pauseSeconds);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("The Manager service settings cannot be saved: " + e.getMessage(), e);
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
