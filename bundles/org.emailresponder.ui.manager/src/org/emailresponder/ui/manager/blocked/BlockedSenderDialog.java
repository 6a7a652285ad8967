package org.emailresponder.ui.manager.blocked;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.emailresponder.core.UserSession;
import org.emailresponder.mail.SenderBlocklist.Kind;
import org.emailresponder.manager.BlockedSenders;
import org.emailresponder.manager.BlockedSenders.Entry;
import org.emailresponder.ui.Widgets;
import org.emailresponder.ui.dialogs.FormDialog;

/**
 * Blocks a sender: what kind of entry (each explained in a line), the address, domain or pattern, and an optional
 * reason. The service validates; what it refuses appears in the dialog, which stays open with the input.
 */
final class BlockedSenderDialog extends FormDialog {
    static final String TITLE = "Block a sender";

    private final BlockedSenders blocked;
    private final UserSession session;
    private final Map<Kind, Button> kinds = new EnumMap<>(Kind.class);
    private Label valueLabel;
    private Text value;
    private Text reason;
    private Entry added;

    BlockedSenderDialog(Shell parent, BlockedSenders blocked, UserSession session) {
        super(parent, TITLE, "Mail from a blocked sender is still downloaded and kept, but set aside as BLOCKED and never routed.");
        this.blocked = blocked;
        this.session = session;
    }

    @Override
    protected void createForm(Composite form) {
        Label label = new Label(form, SWT.NONE);
        label.setText("Block:");
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        Composite choice = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).applyTo(choice);
        for (Kind kind : Kind.values()) {
            Button radio = new Button(choice, SWT.RADIO);
            radio.setText(BlockedText.kind(kind));
            radio.addListener(SWT.Selection, event -> kindChanged());
            Label meaning = new Label(choice, SWT.NONE);
            meaning.setText(BlockedText.meaning(kind));
            meaning.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            kinds.put(kind, radio);
        }
        kinds.get(Kind.ADDRESS).setSelection(true);
        valueLabel = new Label(form, SWT.NONE);
        value = new Text(form, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(value);
        reason = Widgets.field(form, "Reason:", SWT.NONE);
        reason.setMessage("why, for the next administrator (optional)");
        kindChanged();
    }

    /** The value's label and hint follow the kind: "Domain:" with "example.com (its subdomains too)". */
    private void kindChanged() {
        valueLabel.setText(label(kind()));
        value.setMessage(BlockedText.example(kind()));
        valueLabel.getParent().layout(true);
    }

    private static String label(Kind kind) {
        return BlockedText.kind(kind) + ":";
    }

    private Kind kind() {
        return kinds.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst().orElse(Kind.ADDRESS);
    }

    @Override
    protected void save() {
        added = blocked.add(session, kind(), value.getText(), reason.getText());
    }

    /** The entry the dialog added, once it closed with OK. */
    Entry added() {
        return added;
    }
}
