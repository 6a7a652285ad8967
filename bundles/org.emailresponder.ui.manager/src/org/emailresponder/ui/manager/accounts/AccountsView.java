package org.emailresponder.ui.manager.accounts;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.manager.AccountInfo;
import org.emailresponder.manager.MailAccounts;
import org.emailresponder.manager.jobs.ServiceState;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.Widgets;
import org.emailresponder.ui.manager.service.WorkbenchManager;

/**
 * The mail accounts and how they are doing: a table (servers without passwords, poll interval, state, failures,
 * last error, last poll), the selected account's details with its last connection test, and the state of this
 * workbench's Manager service. Administrators add, edit, test, switch and delete accounts; supervisors only watch.
 * The table follows every service cycle and refreshes itself every 15 s for Managers running elsewhere.
 */
public final class AccountsView extends ViewPart {
    public static final String ID = "org.emailresponder.ui.manager.accounts";
    private static final int AUTO_REFRESH_MILLIS = 15_000;

    private final Map<Long, List<String>> testReports = new HashMap<>();
    private final Map<Long, Instant> testedAt = new HashMap<>();
    private final Consumer<ServiceState> serviceListener = state -> later(() -> serviceChanged(state));
    private final Consumer<Optional<UserSession>> sessionListener = user -> later(this::refresh);
    private Label serviceLine;
    private TableViewer viewer;
    private Text details;
    private AccountActions actions;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        serviceLine = new Label(parent, SWT.NONE);
        serviceLine.setText(AccountText.service(WorkbenchManager.state()));
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(serviceLine);
        actions = new AccountActions(this);
        Composite bar = Widgets.buttonBar(parent);
        actions.all().forEach(action -> Widgets.button(bar, action));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        viewer = Widgets.table(sash);
        AccountColumns.create(viewer);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(event -> selectionChanged());
        viewer.addDoubleClickListener(event -> actions.edit());
        details = new Text(sash, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        sash.setWeights(62, 38);
        MenuManager menu = new MenuManager();
        actions.forContextMenu().forEach(menu::add);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().setSelectionProvider(viewer);
        AppSession.addListener(sessionListener);
        WorkbenchManager.addListener(serviceListener);
        refresh();
        scheduleAutoRefresh();
    }

    MailAccounts accounts() {
        return WorkbenchManager.control().accounts();
    }

    UserSession user() {
        return AppSession.requireUser();
    }

    boolean mayManage() {
        return AppSession.user().map(u -> u.may(Permission.MANAGE_ACCOUNTS)).orElse(false);
    }

    Optional<AccountInfo> selected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof AccountInfo account ? Optional.of(account) : Optional.empty();
    }

    /** Reloads the accounts and keeps the selected one selected. */
    public void refresh() {
        Optional<UserSession> user = AppSession.user();
        Optional<Long> keep = selected().map(AccountInfo::id);
        String failure = null;
        if (user.isEmpty() || !(user.get().may(Permission.MANAGE_ACCOUNTS) || user.get().may(Permission.OPERATE_MANAGER))) {
            viewer.setInput(List.of());
        } else {
            try {
                viewer.setInput(accounts().list(user.get()));
            } catch (RuntimeException e) { // no dialog: the auto-refresh would repeat it every few seconds
                ILog.of(AccountsView.class).warn("Mail accounts cannot be loaded", e);
                viewer.setInput(List.of());
                failure = "The mail accounts cannot be loaded: " + Errors.message(e);
            }
        }
        keep.ifPresent(this::select);
        selectionChanged();
        if (failure != null) {
            details.setText(failure);
        }
    }

    /** Selects the account with this id, if it is listed. */
    void select(long id) {
        rows().stream().filter(a -> a.id() == id).findFirst().ifPresent(a -> viewer.setSelection(new StructuredSelection(a), true));
    }

    /** Selects the account with this name (for the tests and after adding one). */
    public boolean select(String name) {
        Optional<AccountInfo> found = rows().stream().filter(a -> a.name().equals(name)).findFirst();
        found.ifPresent(a -> viewer.setSelection(new StructuredSelection(a), true));
        selectionChanged();
        return found.isPresent();
    }

    /** The accounts shown now. */
    public List<AccountInfo> rows() {
        Object input = viewer.getInput();
        return input instanceof List<?> list ? list.stream().map(AccountInfo.class::cast).toList() : List.of();
    }

    /** The text of the details pane, as the user reads it. */
    public String detailsText() {
        return details.getText();
    }

    /** The actions of the view: add, edit, test, enable/disable, delete, refresh. */
    public AccountActions actions() {
        return actions;
    }

    private void serviceChanged(ServiceState state) {
        serviceLine.setText(AccountText.service(state));
        refresh();
    }

    void testStarted(AccountInfo account) {
        testReports.put(account.id(), List.of("testing the connection..."));
        testedAt.put(account.id(), Instant.now());
        selectionChanged();
    }

    void testFinished(long accountId, List<String> report) {
        later(() -> {
            testReports.put(accountId, report);
            testedAt.put(accountId, Instant.now());
            selectionChanged();
        });
    }

    void showMessage(String text) {
        details.setText(text);
    }

    private void selectionChanged() {
        actions.update(mayManage(), selected().isPresent());
        details.setText(selected().map(a -> AccountText.details(a, testReports.getOrDefault(a.id(), List.of()), testedAt.get(a.id())))
                .orElse(rows().isEmpty() ? emptyText() : "Select an account to see its details."));
    }

    private String emptyText() {
        return mayManage() ? "No mail accounts yet. Add one to let the Manager download its mail."
                : "No mail accounts you may see. Administrators add and change mail accounts.";
    }

    private void scheduleAutoRefresh() {
        viewer.getControl().getDisplay().timerExec(AUTO_REFRESH_MILLIS, () -> {
            if (!viewer.getControl().isDisposed()) {
                refresh();
                scheduleAutoRefresh();
            }
        });
    }

    private void later(Runnable work) {
        Widgets.later(viewer, work);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        AppSession.removeListener(sessionListener);
        WorkbenchManager.removeListener(serviceListener);
        super.dispose();
    }
}
