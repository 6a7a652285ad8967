package org.emailresponder.ui.manager.service;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.emailresponder.core.UserSession;
import org.emailresponder.manager.jobs.ManagerControl;
import org.emailresponder.manager.jobs.ServiceState;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.Errors;

/**
 * A command of the Manager service (start, stop, fetch now, send now). plugin.xml enables it for supervisors and
 * administrators; this class adds whether it makes sense now (start only when stopped, ...). The control checks the
 * permission again.
 */
abstract class ServiceHandler extends AbstractHandler {
    private final String what;
    private final Consumer<ServiceState> listener = this::stateChanged;

    ServiceHandler(String what) {
        this.what = what;
        setBaseEnabled(enabledIn(WorkbenchManager.state()));
        WorkbenchManager.addListener(listener);
    }

    /** Whether the command makes sense in this state of the service. */
    protected boolean enabledIn(ServiceState state) {
        return true;
    }

    protected abstract void run(ManagerControl control, UserSession user);

    @Override
    public Object execute(ExecutionEvent event) {
        Optional<UserSession> user = AppSession.user();
        if (user.isPresent()) {
            Errors.guard(HandlerUtil.getActiveShell(event), what, () -> run(WorkbenchManager.control(), user.get()));
            setBaseEnabled(enabledIn(WorkbenchManager.state()));
        }
        return null;
    }

    private void stateChanged(ServiceState state) {
        if (PlatformUI.isWorkbenchRunning()) {
            Display display = PlatformUI.getWorkbench().getDisplay();
            display.asyncExec(() -> setBaseEnabled(enabledIn(state)));
        }
    }

    @Override
    public void dispose() {
        WorkbenchManager.removeListener(listener);
        super.dispose();
    }
}
