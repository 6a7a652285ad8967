package org.emailresponder.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.ui.AbstractSourceProvider;
import org.eclipse.ui.ISources;
import org.emailresponder.core.UserSession;

/**
 * Offers the role of the logged-in user ({@code AGENT}, {@code SUPERVISOR}, {@code ADMIN} or {@code NONE}) to
 * the workbench's expressions, so handlers and menus are enabled and shown by role.
 */
public final class RoleSourceProvider extends AbstractSourceProvider {
    public static final String NO_ROLE = "NONE";

    private final Consumer<Optional<UserSession>> listener = user -> fireSourceChanged(ISources.WORKBENCH, Ids.ROLE_VARIABLE, roleName());

    public RoleSourceProvider() {
        AppSession.addListener(listener);
    }

    @Override
    public Map<String, Object> getCurrentState() {
        return Map.of(Ids.ROLE_VARIABLE, roleName());
    }

    @Override
    public String[] getProvidedSourceNames() {
        return new String[] {Ids.ROLE_VARIABLE};
    }

    private static String roleName() {
        return AppSession.user().map(user -> user.role().name()).orElse(NO_ROLE);
    }

    @Override
    public void dispose() {
        AppSession.removeListener(listener);
    }
}
