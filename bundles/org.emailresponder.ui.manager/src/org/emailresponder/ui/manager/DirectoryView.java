package org.emailresponder.ui.manager;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.service.UserDirectory;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.Widgets;

/**
 * A table of users or groups with buttons that change them through the {@link UserDirectory}. The buttons are
 * enabled for administrators only; the directory checks the permission again.
 */
abstract class DirectoryView<T> extends ViewPart {
    private final Class<T> type;
    private final List<Button> changeButtons = new ArrayList<>();
    private final Consumer<Optional<UserSession>> sessionListener = user -> refreshLater();
    protected TableViewer viewer;

    DirectoryView(Class<T> type) {
        this.type = type;
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        Composite bar = Widgets.buttonBar(parent);
        createButtons(bar);
        Widgets.button(bar, "Refresh", this::refresh);
        viewer = Widgets.table(parent);
        createColumns();
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(event -> edit());
        getSite().setSelectionProvider(viewer);
        AppSession.addListener(sessionListener);
        refresh();
    }

    protected abstract void createButtons(Composite bar);

    protected abstract void createColumns();

    protected abstract List<T> load(UserDirectory directory, UserSession user);

    /** Opens the editor of the selected entry. */
    protected abstract void edit();

    /** A button that changes data: enabled for administrators only. */
    protected void changeButton(Composite bar, String text, Runnable action) {
        changeButtons.add(Widgets.button(bar, text, action));
    }

    protected Optional<T> selected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return type.isInstance(first) ? Optional.of(type.cast(first)) : Optional.empty();
    }

    /** Runs a change for the selected entry (if any), then reloads. */
    protected void withSelected(String what, Consumer<T> change) {
        selected().ifPresent(entry -> {
            if (Errors.guard(getSite().getShell(), what, () -> change.accept(entry))) {
                refresh();
            }
        });
    }

    protected UserDirectory directory() {
        return AppSession.services().users();
    }

    protected UserSession user() {
        return AppSession.requireUser();
    }

    public void refresh() {
        Optional<UserSession> user = AppSession.user();
        boolean mayChange = user.map(u -> u.may(Permission.MANAGE_USERS)).orElse(false);
        changeButtons.forEach(button -> button.setEnabled(mayChange));
        if (user.isEmpty()) {
            viewer.setInput(List.of());
            return;
        }
        Errors.guard(getSite().getShell(), "Loading", () -> viewer.setInput(load(directory(), user.get())));
    }

    /** The entries shown now (for tests). */
    public int rowCount() {
        return viewer.getTable().getItemCount();
    }

    private void refreshLater() {
        Widgets.later(viewer, this::refresh);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        AppSession.removeListener(sessionListener);
        super.dispose();
    }
}
