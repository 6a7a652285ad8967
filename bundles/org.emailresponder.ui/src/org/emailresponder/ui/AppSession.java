package org.emailresponder.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.emailresponder.core.UserSession;

/**
 * The one open database and the logged-in user of this workbench process. Views read the user from here and pass
 * it to the services, which decide what the user may do.
 */
public final class AppSession {
    private static volatile Services services;
    private static volatile UserSession user;
    private static final List<Consumer<Optional<UserSession>>> LISTENERS = new CopyOnWriteArrayList<>();

    private AppSession() {
    }

    public static void start(Services opened) {
        services = opened;
    }

    public static Services services() {
        Services current = services;
        if (current == null) {
            throw new IllegalStateException("The database is not open.");
        }
        return current;
    }

    public static boolean isStarted() {
        return services != null;
    }

    public static Optional<UserSession> user() {
        return Optional.ofNullable(user);
    }

    /** The logged-in user; views call this only while a user is logged in. */
    public static UserSession requireUser() {
        return user().orElseThrow(() -> new IllegalStateException("Nobody is logged in."));
    }

    public static void setUser(UserSession session) {
        user = session;
        Optional<UserSession> now = Optional.ofNullable(session);
        LISTENERS.forEach(listener -> listener.accept(now));
    }

    public static void addListener(Consumer<Optional<UserSession>> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<Optional<UserSession>> listener) {
        LISTENERS.remove(listener);
    }

    /** Logs out and closes the database (application exit). */
    public static void close() {
        setUser(null);
        Services current = services;
        services = null;
        if (current != null) {
            current.close();
        }
    }
}
