package org.emailresponder.ui;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.emailresponder.core.UserSession;

/** Status line text "user (ROLE) @ database", kept current across log out and log in. */
public final class SessionStatusItem extends ContributionItem {
    public static final String ID = "org.emailresponder.ui.status.session";
    private CLabel label;

    public SessionStatusItem() {
        super(ID);
    }

    /** The text shown for a user on a database. */
    public static String text(Optional<UserSession> user) {
        String database = AppSession.isStarted() ? AppSession.services().settings().displayName() : "(no database)";
        return user.map(u -> u.login() + " (" + u.role() + ") @ " + database).orElse("not logged in @ " + database);
    }

    @Override
    public void fill(Composite parent) {
        Label separator = new Label(parent, SWT.SEPARATOR);
        label = new CLabel(parent, SWT.SHADOW_NONE);
        label.setText(text(AppSession.user()));
        // each label listens while it lives: the workbench may fill this item again and dispose the old label later
        CLabel filled = label;
        Consumer<Optional<UserSession>> listener = user -> show(filled);
        AppSession.addListener(listener);
        label.addDisposeListener(event -> AppSession.removeListener(listener));
        org.eclipse.jface.action.StatusLineLayoutData data = new org.eclipse.jface.action.StatusLineLayoutData();
        data.widthHint = Math.max(320, label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 20);
        label.setLayoutData(data);
        org.eclipse.jface.action.StatusLineLayoutData separatorData = new org.eclipse.jface.action.StatusLineLayoutData();
        separatorData.heightHint = label.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        separator.setLayoutData(separatorData);
    }

    @Override
    public void update() {
        show(label);
    }

    private static void show(CLabel current) {
        if (current == null || current.isDisposed()) {
            return;
        }
        if (current.getDisplay().getThread() == Thread.currentThread()) {
            refresh(current);
        } else {
            current.getDisplay().asyncExec(() -> refresh(current));
        }
    }

    private static void refresh(CLabel current) {
        if (!current.isDisposed()) {
            current.setText(text(AppSession.user()));
            current.getParent().layout(true);
        }
    }

    /** The text shown now (for tests). */
    public String shownText() {
        return label == null || label.isDisposed() ? null : label.getText();
    }

}
