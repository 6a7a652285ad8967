package org.emailresponder.ui.agent;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.emailresponder.core.MessageState;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.service.GroupInfo;
import org.emailresponder.core.service.MessageSummary;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.Services;
import org.emailresponder.ui.Widgets;

/** The routed and claimed messages of the user's groups, newest first. */
public final class QueuesView extends ViewPart {
    public static final String ID = AgentPerspective.QUEUES;
    private static final List<MessageState> WAITING = List.of(MessageState.ROUTED, MessageState.CLAIMED);
    private static final int LIMIT_PER_GROUP = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm").withZone(ZoneId.systemDefault());

    private TableViewer viewer;
    private Label summary;
    private Map<Long, String> groupNames = Map.of();
    private final Consumer<Optional<UserSession>> sessionListener = user -> refreshLater();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        Composite bar = Widgets.buttonBar(parent);
        Widgets.button(bar, "Refresh", this::refresh);
        summary = new Label(bar, SWT.NONE);
        ((org.eclipse.swt.layout.GridLayout) bar.getLayout()).numColumns++;
        viewer = Widgets.table(parent);
        Widgets.column(viewer, "Group", 70, MessageSummary.class, m -> groupNames.getOrDefault(m.groupId(), "?"));
        Widgets.column(viewer, "Received", 110, MessageSummary.class, m -> TIME.format(m.receivedAt()));
        Widgets.column(viewer, "From", 150, MessageSummary.class, m -> m.fromName() == null ? m.fromAddress() : m.fromName() + " <" + m.fromAddress() + ">");
        Widgets.column(viewer, "Subject", 300, MessageSummary.class, MessageSummary::subject);
        Widgets.column(viewer, "State", 70, MessageSummary.class, MessageSummary::state);
        Widgets.column(viewer, "Claimed by", 90, MessageSummary.class, MessageSummary::assigneeLogin);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS)); // Claim and Release come from plugin.xml
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        AppSession.addListener(sessionListener);
        refresh();
    }

    /** Reloads the queues of the logged-in user's groups; the selected message stays selected if it is still there. */
    public void refresh() {
        Optional<Long> keep = selected().map(MessageSummary::id);
        Optional<UserSession> user = AppSession.user();
        if (user.isEmpty() || !AppSession.isStarted()) {
            viewer.setInput(List.of());
            summary.setText("Not logged in.");
            return;
        }
        Errors.guard(getSite().getShell(), "Loading the queues", () -> load(AppSession.services(), user.get()));
        keep.ifPresent(this::select);
        summary.getParent().layout(true);
    }

    /** Selects the message with this id, as a click would; returns whether it is shown. */
    public boolean select(long messageId) {
        Optional<MessageSummary> row = rows().stream().filter(m -> m.id() == messageId).findFirst();
        row.ifPresent(m -> viewer.setSelection(new StructuredSelection(m), true));
        return row.isPresent();
    }

    /** The messages shown now, in the table's order. */
    public List<MessageSummary> rows() {
        return Arrays.stream(viewer.getTable().getItems()).map(item -> (MessageSummary) item.getData()).toList();
    }

    private Optional<MessageSummary> selected() {
        Object first = viewer == null ? null : ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof MessageSummary message ? Optional.of(message) : Optional.empty();
    }

    private void load(Services services, UserSession user) {
        List<GroupInfo> visible = services.users().groups(user).stream()
                .filter(g -> g.enabled() && user.canSeeGroup(g.id())).toList();
        groupNames = visible.stream().collect(Collectors.toMap(GroupInfo::id, GroupInfo::name));
        List<MessageSummary> messages = new ArrayList<>();
        for (GroupInfo group : visible) {
            messages.addAll(services.messages().queue(user, group.id(), WAITING, LIMIT_PER_GROUP));
        }
        messages.sort((a, b) -> b.receivedAt().compareTo(a.receivedAt()));
        viewer.setInput(messages);
        summary.setText(messages.size() + " waiting in " + visible.size() + (visible.size() == 1 ? " group" : " groups"));
    }

    /** The message a selection (of Queues, or of a view that shows one message) stands for, if any. */
    public static Optional<MessageSummary> message(Object selection) {
        return selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof MessageSummary message
                ? Optional.of(message) : Optional.empty();
    }

    /** The messages shown now (for tests). */
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
