package org.emailresponder.ui.manager.accounts;

import org.eclipse.jface.viewers.TableViewer;
import org.emailresponder.manager.AccountInfo;
import org.emailresponder.ui.Widgets;

/** The columns of the accounts table; URLs never contain a password (it is stored apart, sealed). */
final class AccountColumns {

    private AccountColumns() {
    }

    static void create(TableViewer viewer) {
        Widgets.column(viewer, "Name", 80, AccountInfo.class, AccountInfo::name);
        Widgets.column(viewer, "Incoming", 335, AccountInfo.class, AccountInfo::incomingUrl);
        Widgets.column(viewer, "Outgoing", 165, AccountInfo.class, AccountInfo::outgoingUrl);
        Widgets.column(viewer, "Poll (s)", 60, AccountInfo.class, AccountInfo::pollSeconds);
        Widgets.column(viewer, "Enabled", 70, AccountInfo.class, a -> a.enabled() ? "yes" : "no");
        Widgets.column(viewer, "After download", 120, AccountInfo.class, AccountText::afterDownload);
        Widgets.column(viewer, "Status", 105, AccountInfo.class, AccountInfo::status);
        Widgets.column(viewer, "Failures", 70, AccountInfo.class, AccountInfo::failureCount);
        Widgets.column(viewer, "Last poll", 80, AccountInfo.class, a -> AccountText.time(a.lastPollAt()));
        Widgets.column(viewer, "Last error", 400, AccountInfo.class, AccountInfo::lastError);
    }
}
