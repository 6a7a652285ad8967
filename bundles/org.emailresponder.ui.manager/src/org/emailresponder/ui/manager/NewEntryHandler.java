package org.emailresponder.ui.manager;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** New user / new group ({@code class="...NewEntryHandler:group"}): shows the view and opens its dialog. */
public final class NewEntryHandler extends AbstractHandler implements IExecutableExtension {
    private boolean group;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        group = "group".equals(data);
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        try {
            if (group) {
                ((GroupsView) page.showView(GroupsView.ID)).create();
            } else {
                ((UsersView) page.showView(UsersView.ID)).create();
            }
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot show the view", e);
        }
        return null;
    }
}
