package org.emailresponder.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.emailresponder.core.UserSession;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.Ids;
import org.emailresponder.ui.RoleAccess;

/**
 * Switches to the Agent or the Manager perspective ({@code class="...ShowPerspectiveHandler:manager"}). The
 * plugin.xml enables it by role; it checks the role again because a handler can be called directly.
 */
public final class ShowPerspectiveHandler extends AbstractHandler implements IExecutableExtension {
    private String perspectiveId = Ids.AGENT_PERSPECTIVE;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        perspectiveId = "manager".equals(data) ? Ids.MANAGER_PERSPECTIVE : Ids.AGENT_PERSPECTIVE;
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        UserSession user = AppSession.user().orElseThrow(() -> new ExecutionException("Nobody is logged in."));
        if (!RoleAccess.allows(user.role(), perspectiveId)) {
            throw new ExecutionException(user.login() + " (" + user.role() + ") may not open " + perspectiveId);
        }
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            window.getWorkbench().showPerspective(perspectiveId, window);
        } catch (WorkbenchException e) {
            throw new ExecutionException("Cannot open " + perspectiveId, e);
        }
        return null;
    }
}
