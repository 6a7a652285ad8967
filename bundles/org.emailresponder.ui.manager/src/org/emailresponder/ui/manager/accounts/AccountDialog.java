package org.emailresponder.ui.manager.accounts;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.emailresponder.core.UserSession;
import org.emailresponder.manager.AccountInfo;
import org.emailresponder.manager.AccountSettings;
import org.emailresponder.manager.MailAccounts;
import org.emailresponder.manager.ServerAddress;
import org.emailresponder.ui.Widgets;
import org.emailresponder.ui.dialogs.FormDialog;

/**
 * Adds or edits a mail account: name, sender address, poll interval, default group, what happens to downloaded
 * mail, and the incoming and outgoing servers. Passwords are masked; on edit an empty one keeps the stored one.
 * The service validates everything again and its message appears in the dialog, which stays open.
 */
final class AccountDialog extends FormDialog {
    static final String NEW_TITLE = "New mail account";
    private static final String NO_GROUP = "(none)";

    private final MailAccounts accounts;
    private final UserSession session;
    private final AccountInfo existing;
    private final List<String> groups;
    private Text name;
    private Text from;
    private Spinner poll;
    private Combo group;
    private Button leave;
    private Button delete;
    private Button enabled;
    private ServerFields incoming;
    private ServerFields outgoing;

    AccountDialog(Shell parent, MailAccounts accounts, UserSession session, AccountInfo existing, List<String> groups) {
        super(parent, existing == null ? NEW_TITLE : "Edit mail account " + existing.name(), existing == null
                ? "Where the Manager downloads this account's mail and sends its replies."
                : "Leave a password empty to keep the stored one. Changes apply from the next poll.");
        this.accounts = accounts;
        this.session = session;
        this.existing = existing;
        this.groups = groups;
    }

    @Override
    protected void createForm(Composite form) {
        name = Widgets.field(form, "Name:", SWT.NONE);
        from = Widgets.field(form, "From address:", SWT.NONE);
        from.setMessage("support@example.com (sender of replies)");
        new Label(form, SWT.NONE).setText("Poll every (seconds):");
        poll = new Spinner(form, SWT.BORDER);
        poll.setValues(60, 5, 86_400, 0, 10, 60);
        new Label(form, SWT.NONE).setText("Default group:");
        group = new Combo(form, SWT.READ_ONLY);
        group.add(NO_GROUP);
        groups.forEach(group::add);
        group.select(0);
        createAfterDownload(form);
        enabled = Widgets.checkbox(form, "Enabled: the Manager polls this account", true);
        Composite servers = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(10, 0).applyTo(servers);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(servers);
        incoming = new ServerFields(servers, "Incoming server (download)", "incoming", ServerAddress.INCOMING, false);
        outgoing = new ServerFields(servers, "Outgoing server (replies)", "outgoing", ServerAddress.OUTGOING, true);
        if (existing != null) {
            show(existing);
        }
    }

    private void createAfterDownload(Composite form) {
        Label label = new Label(form, SWT.NONE);
        label.setText("After download:");
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        Composite choice = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 0).applyTo(choice);
        leave = new Button(choice, SWT.RADIO);
        leave.setText("Leave on the server");
        leave.setSelection(true);
        delete = new Button(choice, SWT.RADIO);
        delete.setText("Delete from the server");
    }

    private void show(AccountInfo account) {
        name.setText(account.name());
        from.setText(account.fromAddress() == null ? "" : account.fromAddress());
        poll.setSelection(account.pollSeconds());
        group.select(Math.max(0, group.indexOf(account.defaultGroup() == null ? NO_GROUP : account.defaultGroup())));
        leave.setSelection(!account.deleteAfterDownload());
        delete.setSelection(account.deleteAfterDownload());
        enabled.setSelection(account.enabled());
        try {
            incoming.show(account.incomingUrl());
            outgoing.show(account.outgoingUrl());
        } catch (RuntimeException e) { // e.g. a partner transport's scheme this form does not know
            setErrorMessage("The stored server address cannot be shown here: " + e.getMessage());
        }
    }

    @Override
    protected void save() {
        String chosenGroup = group.getText().equals(NO_GROUP) ? null : group.getText();
        AccountSettings settings = new AccountSettings(name.getText(), incoming.url(), incoming.secret(), outgoing.url(), outgoing.secret(),
                from.getText(), poll.getSelection(), delete.getSelection(), enabled.getSelection(), chosenGroup);
        if (existing == null) {
            accounts.add(session, settings);
        } else {
            accounts.update(session, existing.id(), settings);
        }
    }
}
