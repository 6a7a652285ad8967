package org.emailresponder.ui.manager.blocked;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.manager.BlockedSenders;
import org.emailresponder.manager.BlockedSenders.Entry;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.Widgets;

/**
 * The blocked-senders list: kind, address/domain/pattern, reason, who added it and when (the rule action "block
 * sender" adds entries as the Manager). Lists grow long, so a filter narrows the table while one types.
 * Administrators add and remove entries; other users see why the list is not shown to them.
 */
public final class BlockedSendersView extends ViewPart {
    public static final String ID = "org.emailresponder.ui.manager.blocked";

    private final Consumer<Optional<UserSession>> sessionListener = user -> later(this::refresh);
    private BlockedActions actions;
    private Text filter;
    private Label summary;
    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        actions = new BlockedActions(this);
        Composite bar = Widgets.buttonBar(parent);
        actions.all().forEach(action -> Widgets.button(bar, action));
        createFilterLine(parent);
        viewer = Widgets.table(parent);
        BlockedColumns.create(viewer);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setFilters(new ViewerFilter() {
            @Override
            public boolean select(Viewer shown, Object parentElement, Object element) {
                return element instanceof Entry entry && BlockedText.matches(entry, filter.getText());
            }
        });
        viewer.addSelectionChangedListener(event -> updateActions());
        viewer.getTable().addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.DEL && actions.canRemove()) {
                actions.remove();
            }
        });
        MenuManager menu = new MenuManager();
        menu.add(actions.removeAction());
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().setSelectionProvider(viewer);
        AppSession.addListener(sessionListener);
        refresh();
    }

    private void createFilterLine(Composite parent) {
        Composite line = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 2).spacing(12, 0).applyTo(line);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
        filter = new Text(line, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter: part of an address, domain, pattern, reason or who added it");
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(filter);
        filter.addListener(SWT.Modify, event -> filterChanged());
        summary = new Label(line, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(summary);
    }

    BlockedSenders service() {
        return new BlockedSenders(AppSession.services().store());
    }

    UserSession user() {
        return AppSession.requireUser();
    }

    private boolean mayManage() {
        return AppSession.user().map(u -> u.may(Permission.MANAGE_BLOCKED_SENDERS)).orElse(false);
    }

    /** Loads the list again; the selected entry stays selected if it is still there. */
    public void refresh() {
        Optional<Long> keep = selected().map(Entry::id);
        Optional<UserSession> user = AppSession.user();
        String refused = null;
        if (user.isEmpty() || !mayManage()) {
            refused = "Only administrators see and change the blocked senders.";
            viewer.setInput(List.of());
        } else {
            try {
                viewer.setInput(service().list(user.get()));
            } catch (AccessDeniedException e) {
                refused = "Not allowed: " + e.getMessage();
                viewer.setInput(List.of());
            } catch (RuntimeException e) { // no dialog: the session listener refreshes without anyone asking
                ILog.of(BlockedSendersView.class).warn("Blocked senders cannot be loaded", e);
                refused = "The blocked senders cannot be loaded: " + Errors.message(e);
                viewer.setInput(List.of());
            }
        }
        filter.setEnabled(refused == null);
        keep.flatMap(this::shown).ifPresent(entry -> viewer.setSelection(new StructuredSelection(entry), true));
        updateSummary(refused);
        updateActions();
    }

    /** Shows the entry: selects it, clearing the filter if the filter hides it. */
    void reveal(Entry entry) {
        if (entry == null) {
            return;
        }
        if (shown(entry.id()).isEmpty() && !filter.getText().isEmpty()) {
            filter.setText("");
        }
        shown(entry.id()).ifPresent(e -> viewer.setSelection(new StructuredSelection(e), true));
        updateActions();
    }

    /** Types into the filter, as a user would. */
    public void filter(String text) {
        filter.setText(text);
    }

    /** Selects the shown entry with this pattern (as the list stores it); returns whether there is one. */
    public boolean select(String pattern) {
        Optional<Entry> found = shownRows().stream().filter(e -> e.pattern().equals(pattern)).findFirst();
        found.ifPresent(e -> viewer.setSelection(new StructuredSelection(e), true));
        updateActions();
        return found.isPresent();
    }

    /** Every entry loaded, whatever the filter. */
    public List<Entry> rows() {
        Object input = viewer.getInput();
        return input instanceof List<?> list ? list.stream().map(Entry.class::cast).toList() : List.of();
    }

    /** The entries the table shows now, in its order. */
    public List<Entry> shownRows() {
        return Arrays.stream(viewer.getTable().getItems()).map(item -> (Entry) item.getData()).toList();
    }

    /** The line beside the filter: how many entries are shown, or why none are. */
    public String summaryText() {
        return summary.getText();
    }

    public BlockedActions actions() {
        return actions;
    }

    Optional<Entry> selected() {
        Object first = viewer == null ? null : ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof Entry entry ? Optional.of(entry) : Optional.empty();
    }

    private Optional<Entry> shown(long id) {
        return shownRows().stream().filter(e -> e.id() == id).findFirst();
    }

    private void filterChanged() {
        viewer.refresh();
        updateSummary(null);
        updateActions();
    }

    private void updateSummary(String refused) {
        int all = rows().size();
        int shown = viewer.getTable().getItemCount();
        summary.setText(refused != null ? refused
                : all == 0 ? "No blocked senders."
                : shown == all ? all + (all == 1 ? " entry" : " entries")
                : shown + " of " + all + " entries match");
        summary.getParent().layout(true);
    }

    private void updateActions() {
        actions.update(mayManage(), selected().isPresent());
    }

    private void later(Runnable work) {
        Widgets.later(viewer, work);
    }

    @Override
    public void setFocus() {
        filter.setFocus();
    }

    @Override
    public void dispose() {
        AppSession.removeListener(sessionListener);
        super.dispose();
    }
}
