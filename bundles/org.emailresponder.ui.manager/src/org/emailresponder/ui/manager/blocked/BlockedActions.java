package org.emailresponder.ui.manager.blocked;

import java.util.List;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.Widgets;

/**
 * Adding and removing blocked senders. Enabled for users with MANAGE_BLOCKED_SENDERS (administrators); the service
 * checks the permission again.
 */
public final class BlockedActions {
    static final String REMOVE_TITLE = "Remove blocked sender";

    private final BlockedSendersView view;
    private final IAction add = Widgets.action("&Add...", "Block an address, a domain or a pattern", this::add);
    private final IAction remove = Widgets.action("Re&move...", "Unblock the selected entry", this::remove);
    private final IAction refresh = Widgets.action("&Refresh", "Load the list again", this::refresh);

    BlockedActions(BlockedSendersView view) {
        this.view = view;
    }

    List<IAction> all() {
        return List.of(add, remove, refresh);
    }

    IAction removeAction() {
        return remove;
    }

    void update(boolean mayManage, boolean selected) {
        add.setEnabled(mayManage);
        remove.setEnabled(mayManage && selected);
    }

    /** Whether adding is possible for the user logged in now. */
    public boolean canAdd() {
        return add.isEnabled();
    }

    /** Whether removing the selection is possible for the user logged in now. */
    public boolean canRemove() {
        return remove.isEnabled();
    }

    /** Opens the dialog; the new entry is selected afterwards (the filter is cleared if it would hide it). */
    public void add() {
        BlockedSenderDialog dialog = new BlockedSenderDialog(shell(), view.service(), view.user());
        if (dialog.open() == Window.OK) {
            view.refresh();
            view.reveal(dialog.added());
        }
    }

    /** Asks, then removes the selected entry. */
    public void remove() {
        view.selected().ifPresent(entry -> {
            if (!MessageDialog.openConfirm(shell(), REMOVE_TITLE, "Remove the " + BlockedText.describe(entry) + " from the blocked senders?\n\n"
                    + "Its next messages are routed again. Messages already set aside stay BLOCKED.")) {
                return;
            }
            Errors.guard(shell(), "Removing the blocked sender", () -> view.service().remove(view.user(), entry.id()));
            view.refresh();
        });
    }

    private void refresh() {
        view.refresh();
    }

    private Shell shell() {
        return view.getSite().getShell();
    }
}
