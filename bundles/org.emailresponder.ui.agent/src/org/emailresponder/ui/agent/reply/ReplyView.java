package org.emailresponder.ui.agent.reply;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.service.MessageSummary;
import org.emailresponder.manager.ReplyDraft;
import org.emailresponder.manager.TemplateReplies;
import org.emailresponder.templates.RenderedTemplate;
import org.emailresponder.templates.TemplateData;
import org.emailresponder.templates.TemplateProblem;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.Widgets;
import org.emailresponder.ui.agent.AgentPerspective;
import org.emailresponder.ui.agent.QueuesView;
import org.emailresponder.ui.agent.message.MessageView;

/**
 * The reply to the message selected in Queues: the suggested templates (best first) and every other usable one;
 * picking one fills subject and text with the template personalized for the message; the agent edits them and
 * sends. {@link TemplateReplies} decides everything (permission, group, personalizing, queuing, remembering the
 * choice); the view only shows what it says.
 */
public final class ReplyView extends ViewPart {
    public static final String ID = AgentPerspective.REPLY;
    public static final String NOTHING_SELECTED = "Select a message in Queues to answer it.";
    static final String SEND_TITLE = "Send reply";

    private final ISelectionListener queuesListener = this::queuesSelectionChanged;
    private final Consumer<Optional<UserSession>> sessionListener = user -> Widgets.later(this.body, () -> sessionChanged(user));
    private Label heading;
    private TableViewer suggestions;
    private Combo others;
    private List<TemplateData> otherTemplates = List.of();
    private Text subject;
    private Text body;
    private Label note;
    private Button send;
    private MessageSummary message;
    private UserSession writer;
    private TemplateData picked;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 4).applyTo(parent);
        heading = new Label(parent, SWT.NONE);
        heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);

        SashForm split = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
        Composite left = new Composite(split, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 2).applyTo(left);
        new Label(left, SWT.NONE).setText("Suggested templates:");
        suggestions = Widgets.table(left);
        Widgets.column(suggestions, "#", 30, Ranked.class, r -> r.rank());
        Widgets.column(suggestions, "Template", 190, Ranked.class, r -> r.template().name());
        Widgets.column(suggestions, "Folder", 70, Ranked.class, r -> r.template().folder());
        suggestions.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 40).applyTo(suggestions.getTable());
        suggestions.addPostSelectionChangedListener(event -> chosenSuggestion().ifPresent(r -> pick(r.template())));
        new Label(left, SWT.NONE).setText("Other template:");
        others = new Combo(left, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(others);
        others.addListener(SWT.Selection, event -> {
            int index = others.getSelectionIndex();
            if (index >= 0) {
                pick(otherTemplates.get(index));
            }
        });

        Composite right = new Composite(split, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 2).applyTo(right);
        new Label(right, SWT.NONE).setText("Subject:");
        subject = new Text(right, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(subject);
        body = new Text(right, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        body.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(200, 40).applyTo(body);
        body.addListener(SWT.Modify, event -> updateSend());
        Composite bottom = new Composite(right, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bottom);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(bottom);
        note = new Label(bottom, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(note);
        send = new Button(bottom, SWT.PUSH);
        send.setText("Send");
        send.setToolTipText("Queue the reply; the Manager sends it with the next cycle");
        GridDataFactory.swtDefaults().align(SWT.END, SWT.END).applyTo(send);
        send.addListener(SWT.Selection, event -> send());
        split.setWeights(2, 3);

        getSite().getPage().addPostSelectionListener(QueuesView.ID, queuesListener);
        AppSession.addListener(sessionListener);
        show(QueuesView.message(getSite().getPage().getSelection(QueuesView.ID)).orElse(null));
    }

    /** A suggestion as the table shows it. */
    record Ranked(int rank, TemplateData template) {
    }

    private void queuesSelectionChanged(IWorkbenchPart part, ISelection chosen) {
        Optional<MessageSummary> selected = QueuesView.message(chosen);
        if (selected.isPresent() && (message == null || message.id() != selected.get().id())) {
            show(selected.get());
        }
    }

    /** Another user's draft is not this user's: start over (the same user logging in again keeps the draft). */
    private void sessionChanged(Optional<UserSession> user) {
        if (user.isEmpty() || writer == null || writer.userId() != user.get().userId()) {
            show(user.isEmpty() ? null : QueuesView.message(getSite().getPage().getSelection(QueuesView.ID)).orElse(null));
        }
    }

    /** Starts an empty reply to the message (null: none) with its suggested templates. */
    public void show(MessageSummary answered) {
        if (body == null || body.isDisposed()) {
            return;
        }
        message = null;
        writer = null;
        picked = null;
        suggestions.setInput(List.of());
        others.removeAll();
        otherTemplates = List.of();
        setDraft("", "");
        Optional<UserSession> user = AppSession.user();
        if (answered == null || user.isEmpty() || !AppSession.isStarted()) {
            heading.setText(NOTHING_SELECTED);
            note.setText("");
            updateSend();
            return;
        }
        try {
            TemplateReplies replies = Replies.service();
            List<TemplateData> suggested = replies.suggested(user.get(), answered.id());
            otherTemplates = replies.usable(user.get());
            suggestions.setInput(java.util.stream.IntStream.range(0, suggested.size())
                    .mapToObj(i -> new Ranked(i + 1, suggested.get(i))).toList());
            others.setItems(otherTemplates.stream().map(ReplyView::label).toArray(String[]::new));
            message = answered;
            writer = user.get();
            heading.setText("Reply to: " + answered.subject());
            note.setText(suggested.isEmpty() ? "No template fits this message; pick one below or write the reply yourself."
                    : "Pick a template to start the reply.");
        } catch (AccessDeniedException e) { // another user logged in: not theirs to answer
            heading.setText(NOTHING_SELECTED);
            note.setText("");
        } catch (RuntimeException e) { // no dialog: selections and logins change without anyone asking
            ILog.of(ReplyView.class).warn("The templates for message " + answered.id() + " cannot be loaded", e);
            heading.setText("Reply to: " + answered.subject());
            note.setText("The templates cannot be loaded: " + Errors.message(e));
            message = answered;
        }
        heading.getParent().layout(true, true);
        updateSend();
    }

    /** Fills subject and text with the template personalized for the message; problems show below the text. */
    void pick(TemplateData template) {
        if (message == null) {
            return;
        }
        try {
            RenderedTemplate rendered = Replies.service().personalize(AppSession.requireUser(), message.id(), template);
            picked = template;
            setDraft(rendered.subject(), rendered.text());
            note.setText(rendered.problems().isEmpty() ? "From template '" + template.name() + "'. Edit it, then Send."
                    : "Template '" + template.name() + "' has problems; check the text: "
                            + rendered.problems().stream().map(TemplateProblem::toString).collect(Collectors.joining("; ")));
        } catch (RuntimeException e) {
            picked = null;
            setDraft("", "");
            note.setText("Template '" + template.name() + "' cannot be used: " + Errors.message(e));
        }
        note.getParent().layout(true);
        updateSend();
    }

    /** Queues the reply as written; the service checks permission and group and remembers the template. */
    void send() {
        if (!canSend()) {
            return;
        }
        MessageSummary answered = message;
        ReplyDraft draft = new ReplyDraft(answered.id(), null, null, null, subject.getText(), body.getText(), null,
                picked == null ? null : picked.id(), false);
        send.setEnabled(false); // a second press while this one runs must not queue the reply twice
        long[] queued = new long[1];
        boolean sent = Errors.guard(getSite().getShell(), SEND_TITLE,
                () -> queued[0] = Replies.service().send(AppSession.requireUser(), draft));
        if (sent) { // a fresh, empty reply to the same message: the draft just sent cannot be sent again
            show(answered);
            MessageView.refreshViews(getSite().getPage());
            note.setText("Reply " + queued[0] + " queued: the Manager sends it with its next cycle.");
            note.getParent().layout(true);
        }
        updateSend();
    }

    private void setDraft(String newSubject, String newBody) {
        subject.setText(newSubject == null ? "" : newSubject);
        body.setText(newBody == null ? "" : newBody);
    }

    private void updateSend() {
        if (!send.isDisposed()) {
            send.setEnabled(canSend());
        }
    }

    /** Whether there is a reply to send: a message and some text. */
    public boolean canSend() {
        return message != null && !body.getText().isBlank();
    }

    private Optional<Ranked> chosenSuggestion() {
        Object first = ((IStructuredSelection) suggestions.getSelection()).getFirstElement();
        return first instanceof Ranked ranked ? Optional.of(ranked) : Optional.empty();
    }

    private static String label(TemplateData template) {
        return template.folder() == null || template.folder().isBlank() ? template.name() : template.folder() + " / " + template.name();
    }

    // for tests

    /** The message being answered, if any. */
    public Optional<MessageSummary> message() {
        return Optional.ofNullable(message);
    }

    /** The suggested templates' names, as listed (best first). */
    public List<String> suggestionNames() {
        return java.util.Arrays.stream(suggestions.getTable().getItems()).map(item -> ((Ranked) item.getData()).template().name()).toList();
    }

    /** Selects the suggestion at this position, as a click would. */
    public void pickSuggestion(int index) {
        Object row = suggestions.getElementAt(index);
        suggestions.setSelection(new StructuredSelection(row), true);
    }

    /** The entries of Other template, as listed. */
    public List<String> otherTemplateNames() {
        return List.of(others.getItems());
    }

    /** Chooses an entry of Other template, as the user would. */
    public void pickOther(String entry) {
        others.select(others.indexOf(entry));
        others.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** Presses Send, as a click would (nothing happens while it is disabled). */
    public void pressSend() {
        if (send.isEnabled()) {
            send.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        }
    }

    public boolean sendEnabled() {
        return send.isEnabled();
    }

    public String subjectText() {
        return subject.getText();
    }

    public String bodyText() {
        return body.getText();
    }

    public void setBodyText(String text) {
        body.setText(text);
    }

    public String noteText() {
        return note.getText();
    }

    @Override
    public void setFocus() {
        body.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(QueuesView.ID, queuesListener);
        AppSession.removeListener(sessionListener);
        super.dispose();
    }
}
