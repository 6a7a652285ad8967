package org.emailresponder.ui.manager.accounts;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.service.GroupInfo;
import org.emailresponder.manager.AccountInfo;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.Widgets;

/**
 * What can be done with mail accounts in the view. Changes are enabled for administrators only (the service checks
 * MANAGE_ACCOUNTS again); the connection test runs as a Job so the workbench stays responsive.
 */
public final class AccountActions {
    private final AccountsView view;
    private final IAction add = Widgets.action("&Add...", "Add a mail account", this::add);
    private final IAction edit = Widgets.action("&Edit...", "Change the selected account", this::edit);
    private final IAction test = Widgets.action("&Test connection", "Log in to the account's servers and report", this::testSelected);
    private final IAction toggle = Widgets.action("Enable / &Disable", "Switch polling of the selected account on or off", this::toggle);
    private final IAction delete = Widgets.action("De&lete...", "Delete the selected account (its stored mail stays)", this::delete);
    private final IAction refresh = Widgets.action("&Refresh", "Load the accounts again", () -> view().refresh());

    AccountActions(AccountsView view) {
        this.view = view;
    }

    private AccountsView view() {
        return view;
    }

    List<IAction> all() {
        return List.of(add, edit, test, toggle, delete, refresh);
    }

    List<IAction> forContextMenu() {
        return List.of(edit, test, toggle, delete);
    }

    void update(boolean mayManage, boolean selected) {
        add.setEnabled(mayManage);
        for (IAction onSelection : List.of(edit, test, toggle, delete)) {
            onSelection.setEnabled(mayManage && selected);
        }
    }

    /** Opens the dialog for a new account. */
    public void add() {
        AccountDialog dialog = new AccountDialog(shell(), view.accounts(), view.user(), null, groupNames());
        if (dialog.open() == Window.OK) {
            view.refresh();
        }
    }

    void edit() {
        view.selected().ifPresent(account -> {
            if (new AccountDialog(shell(), view.accounts(), view.user(), account, groupNames()).open() == Window.OK) {
                view.refresh();
            }
        });
    }

    /** Tests the selected account's servers in a Job; the report appears in the details. Returns the job, or null. */
    public Job testSelected() {
        if (view.selected().isEmpty()) {
            return null;
        }
        AccountInfo account = view.selected().get();
        UserSession user = view.user();
        view.testStarted(account);
        Job job = Job.create("Testing mail account " + account.name(), monitor -> {
            List<String> report;
            try {
                report = view.accounts().test(user, account.id());
            } catch (RuntimeException e) {
                report = List.of("FAILED: " + Errors.message(e));
            }
            view.testFinished(account.id(), report);
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    void toggle() {
        withSelected("Enabling or disabling the account", a -> view.accounts().setEnabled(view.user(), a.id(), !a.enabled()));
    }

    void delete() {
        view.selected().ifPresent(account -> Errors.guard(shell(), "Deleting the account", () -> {
            long stored = view.accounts().storedMessages(view.user(), account.id());
            if (!MessageDialog.openConfirm(shell(), "Delete mail account", "Delete the mail account " + account.name() + "?\n\n"
                    + "The " + stored + " messages already downloaded through it stay in the database with their conversations and "
                    + "replies. Its servers, password and download positions are removed; mail on the server is not touched. "
                    + "If you add the same mailbox again, messages already stored are recognized and not stored twice.")) {
                return;
            }
            long kept = view.accounts().delete(view.user(), account.id());
            view.refresh();
            view.showMessage("Deleted the mail account " + account.name() + "; its " + kept + " stored messages were kept.");
        }));
    }

    private void withSelected(String what, Consumer<AccountInfo> change) {
        view.selected().ifPresent(account -> {
            if (Errors.guard(shell(), what, () -> change.accept(account))) {
                view.refresh();
            }
        });
    }

    private List<String> groupNames() {
        return AppSession.services().users().groups(view.user()).stream().filter(GroupInfo::enabled).map(GroupInfo::name).toList();
    }

    private Shell shell() {
        return view.getSite().getShell();
    }
}
