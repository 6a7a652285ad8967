package org.emailresponder.ui.agent.message;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.emailresponder.analysis.FactKeys;
import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.service.MessageDetails;
import org.emailresponder.core.service.MessageSummary;
import org.emailresponder.mail.HtmlText;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.Widgets;
import org.emailresponder.ui.agent.AgentPerspective;
import org.emailresponder.ui.agent.QueuesView;

/**
 * The message selected in Queues: header, claim, what analysis found, why it was routed, and the body as plain
 * text. HTML is never rendered (no browser: remote content and scripts must not load); HTML-only mail is shown as
 * its text. While the user holds the claim the view keeps it from lapsing.
 */
public final class MessageView extends ViewPart {
    public static final String ID = AgentPerspective.MESSAGE;
    public static final String NOTHING_SELECTED = "Select a message in Queues.";

    private final ShownMessage selection = new ShownMessage();
    private final ISelectionListener queuesListener = this::queuesSelectionChanged;
    private final Consumer<Optional<UserSession>> sessionListener = user -> Widgets.later(this.body, this::reload);
    private final Map<String, Text> fields = new LinkedHashMap<>();
    private final Runnable touch = this::touchClaim;
    private Composite top;
    private Text routing;
    private Label bodyNote;
    private Text body;
    private MessageDetails shown;

    @Override
    public void createPartControl(Composite parent) {
        top = parent;
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 4).applyTo(parent);
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(8, 2).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        for (String label : new String[] {"Subject:", "From:", "To:", "Cc:"}) {
            field(header, label, 3);
        }
        for (String label : new String[] {"Received:", "Group:", "State:", "Claim:"}) {
            field(header, label, 1);
        }
        field(header, "Priority:", 1);
        field(header, "Language:", 1);
        field(header, "Category:", 3);
        field(header, "Found:", 3);
        fields.get("Subject:").setFont(JFaceResources.getBannerFont());

        // the user decides how much of the explanation to see; the body keeps most of the height
        SashForm split = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
        routing = section(split, "Why it was routed");
        body = section(split, "Message");
        bodyNote = (Label) body.getParent().getChildren()[0];
        body.setFont(JFaceResources.getTextFont());
        split.setWeights(1, 1);

        getSite().setSelectionProvider(selection);
        getSite().getPage().addPostSelectionListener(QueuesView.ID, queuesListener);
        AppSession.addListener(sessionListener);
        show(QueuesView.message(getSite().getPage().getSelection(QueuesView.ID)).orElse(null));
    }

    private void field(Composite header, String label, int span) {
        Label name = new Label(header, SWT.NONE);
        name.setText(label);
        GridDataFactory.swtDefaults().applyTo(name);
        Text value = new Text(header, SWT.READ_ONLY | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(120, SWT.DEFAULT).applyTo(value);
        fields.put(label, value);
    }

    /** A heading and a read-only, wrapping, scrolling text below it. */
    private static Text section(Composite parent, String heading) {
        Composite section = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).extendedMargins(0, 0, 4, 0).applyTo(section);
        Label label = new Label(section, SWT.NONE);
        label.setText(heading);
        label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        Text text = new Text(section, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 40).applyTo(text);
        return text;
    }

    private void queuesSelectionChanged(IWorkbenchPart part, ISelection chosen) {
        QueuesView.message(chosen).ifPresent(this::show);
    }

    /** Shows the message (null: none), reading it fresh from the database. */
    public void show(MessageSummary message) {
        if (body == null || body.isDisposed()) {
            return;
        }
        Optional<UserSession> user = AppSession.user();
        MessageDetails details = null;
        if (message != null && user.isPresent() && AppSession.isStarted()) {
            try {
                details = AppSession.services().messages().details(user.get(), message.id()).orElse(null);
            } catch (AccessDeniedException e) { // another user logged in: not theirs to read
                details = null;
            } catch (RuntimeException e) { // no dialog: selections and logins change without anyone asking
                ILog.of(MessageView.class).warn("Message " + message.id() + " cannot be loaded", e);
                clear("The message cannot be shown: " + Errors.message(e));
                return;
            }
        }
        if (details == null) {
            clear(NOTHING_SELECTED);
        } else {
            fill(details);
        }
    }

    /** Reads the shown message again (after a claim or release). */
    public void reload() {
        show(shown == null ? null : shown.summary());
    }

    private void fill(MessageDetails details) {
        MessageSummary message = details.summary();
        shown = details;
        set("Subject:", message.subject());
        set("From:", MessageText.sender(message));
        set("Received:", MessageText.received(message.receivedAt()));
        set("To:", details.toAddresses());
        set("Cc:", details.ccAddresses());
        showRow("Cc:", !field("Cc:").isEmpty());
        set("Group:", details.groupName());
        set("State:", message.state().toString());
        set("Claim:", MessageText.claim(message, details.claimExpiresAt()));
        set("Priority:", MessageText.priorityAndTags(details));
        set("Language:", MessageText.facts(details.facts(), FactKeys.LANGUAGE, false));
        set("Category:", MessageText.facts(details.facts(), FactKeys.CATEGORY, true));
        set("Found:", MessageText.found(details.facts()));
        routing.setText(MessageText.routing(details));
        boolean htmlOnly = details.textBody() == null || details.textBody().isBlank();
        bodyNote.setText(htmlOnly && details.htmlBody() != null ? "Message (HTML-only mail, shown as plain text)" : "Message");
        body.setText(MessageText.body(HtmlText.bodyText(details.textBody(), details.htmlBody())));
        top.layout(true, true);
        selection.show(message);
        scheduleTouch();
    }

    private void clear(String why) {
        shown = null;
        fields.values().forEach(value -> value.setText(""));
        routing.setText("");
        bodyNote.setText("Message");
        body.setText(why);
        selection.show(null);
    }

    private void set(String label, String value) {
        Text field = fields.get(label);
        field.setText(value == null ? "" : value);
        field.setToolTipText(field.getText().isEmpty() ? null : field.getText()); // the whole value when the view is narrow
    }

    /** Hides a header line that would stay empty (most mail has no Cc), so the body gets the room. */
    private void showRow(String label, boolean visible) {
        Text value = fields.get(label);
        List<Control> line = Arrays.asList(value.getParent().getChildren());
        for (Control part : line.subList(line.indexOf(value) - 1, line.indexOf(value) + 1)) {
            part.setVisible(visible);
            ((GridData) part.getLayoutData()).exclude = !visible;
        }
    }

    private void scheduleTouch() {
        body.getDisplay().timerExec(-1, touch);
        if (heldByMe()) {
            body.getDisplay().timerExec(Claims.TOUCH_EVERY_MILLIS, touch);
        }
    }

    /** Keeps the user's claim from lapsing while the message is open here. */
    private void touchClaim() {
        if (body.isDisposed() || !heldByMe()) {
            return;
        }
        try {
            if (Claims.service().touch(AppSession.requireUser(), shown.summary().id())) {
                scheduleTouch();
            } else {
                reload(); // the claim lapsed or went elsewhere meanwhile: show who holds it now
            }
        } catch (RuntimeException e) {
            ILog.of(MessageView.class).warn("The claim on message " + shown.summary().id() + " cannot be extended", e);
        }
    }

    private boolean heldByMe() {
        return shown != null && AppSession.user().map(user -> MessageHandler.heldBy(shown.summary(), user)).orElse(false);
    }

    /** Reloads Queues and Message after a command or a reply changed a message. */
    public static void refreshViews(IWorkbenchPage page) {
        if (page.findView(QueuesView.ID) instanceof QueuesView queues) {
            queues.refresh();
        }
        if (page.findView(ID) instanceof MessageView shown) {
            shown.reload();
        }
    }

    /** The shown message (for tests and the commands), if any. */
    public Optional<MessageSummary> message() {
        return shown == null ? Optional.empty() : Optional.of(shown.summary());
    }

    /** The text a header line shows, by its label, e.g. "Claim:" (for tests). */
    public String field(String label) {
        return fields.get(label).getText();
    }

    public String routingText() {
        return routing.getText();
    }

    public String bodyText() {
        return body.getText();
    }

    @Override
    public void setFocus() {
        body.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(QueuesView.ID, queuesListener);
        AppSession.removeListener(sessionListener);
        if (body != null && !body.isDisposed()) {
            body.getDisplay().timerExec(-1, touch);
        }
        super.dispose();
    }
}
