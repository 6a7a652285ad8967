package org.emailresponder.app;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.emailresponder.ui.SessionStatusItem;

/** Menus come from plugin.xml (commands and handlers); this only adds the session to the status line. */
final class AppActionBarAdvisor extends ActionBarAdvisor {

    AppActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        statusLine.add(new SessionStatusItem());
    }
}
