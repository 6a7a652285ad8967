package org.emailresponder.ui.manager.accounts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.emailresponder.core.ValidationException;
import org.emailresponder.manager.ServerAddress;

/**
 * The fields of one server of an account (protocol, host, port, STARTTLS, user, password, IMAP folder) in a titled
 * group. Fields that do not apply to the chosen protocol are disabled; the port shows the protocol's default.
 */
final class ServerFields {
    private static final String NONE = "(none)";

    private final String which;
    private final List<String> protocols = new ArrayList<>();
    private final Combo protocol;
    private final Text host;
    private final Text port;
    private final Button starttls;
    private final Text user;
    private final Text password;
    private final Text folder;

    /**
     * @param which "incoming" or "outgoing", for messages
     * @param optional whether "(none)" may be chosen (no server of this kind)
     */
    ServerFields(Composite parent, String title, String which, List<String> choices, boolean optional) {
        this.which = which;
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 6).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
        if (optional) {
            protocols.add(NONE);
        }
        protocols.addAll(choices);
        protocol = new Combo(labelled(group, "Protocol:"), SWT.READ_ONLY);
        protocol.setItems(protocols.stream().map(ServerFields::label).toArray(String[]::new));
        protocol.select(optional ? 1 : 0);
        host = text(group, "Host:", SWT.NONE);
        port = text(group, "Port:", SWT.NONE);
        new Label(group, SWT.NONE);
        starttls = new Button(group, SWT.CHECK);
        starttls.setText("STARTTLS (switch to TLS after connecting)");
        user = text(group, "User:", SWT.NONE);
        password = text(group, "Password:", SWT.PASSWORD);
        folder = text(group, "Folder:", SWT.NONE);
        protocol.addListener(SWT.Selection, event -> protocolChanged());
        protocolChanged();
    }

    private static Composite labelled(Composite group, String label) {
        new Label(group, SWT.NONE).setText(label);
        return group;
    }

    private static Text text(Composite group, String label, int style) {
        Text text = new Text(labelled(group, label), SWT.BORDER | SWT.SINGLE | style);
        GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private static String label(String scheme) {
        return switch (scheme) {
            case NONE -> "(none: no replies are sent)";
            case "imaps", "pop3s", "smtps" -> scheme.toUpperCase() + " (TLS)";
            default -> scheme.toUpperCase();
        };
    }

    private String scheme() {
        return protocols.get(Math.max(0, protocol.getSelectionIndex()));
    }

    boolean isNone() {
        return NONE.equals(scheme());
    }

    private void protocolChanged() {
        boolean used = !isNone();
        for (Text field : List.of(host, port, user, password)) {
            field.setEnabled(used);
        }
        ServerAddress probe = new ServerAddress(used ? scheme() : "smtp", "h", 0, null, null, false);
        starttls.setEnabled(used && !probe.implicitTls());
        if (!starttls.isEnabled()) {
            starttls.setSelection(false);
        }
        folder.setEnabled(used && probe.hasFolder());
        folder.setMessage(folder.isEnabled() ? "INBOX" : "");
        port.setMessage(used ? "default " + ServerAddress.defaultPort(scheme()) : "");
    }

    /** Fills the fields from a stored URL; the password stays empty, which keeps the stored one. */
    void show(String url) {
        if (url == null || url.isBlank()) {
            protocol.select(protocols.indexOf(NONE));
            protocolChanged();
            return;
        }
        ServerAddress address = ServerAddress.parse(url);
        protocol.select(Math.max(0, protocols.indexOf(address.protocol())));
        protocolChanged();
        host.setText(address.host());
        port.setText(Integer.toString(address.port()));
        starttls.setSelection(address.starttls());
        user.setText(address.user() == null ? "" : address.user());
        folder.setText(address.folder() == null ? "" : address.folder());
        password.setMessage("(stored one kept if empty)");
    }

    /** The URL the fields make, or null for "(none)". */
    String url() {
        if (isNone()) {
            return null;
        }
        return new ServerAddress(scheme(), host.getText(), port(), user.getText(), folder.getText(), starttls.getSelection()).toUrl(which);
    }

    private int port() {
        String text = port.getText().strip();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ValidationException("The " + which + " port must be a number, such as " + port.getMessage().replace("default ", ""));
        }
    }

    /** The password typed, or null when the field was left empty. */
    String secret() {
        return isNone() || password.getText().isEmpty() ? null : password.getText();
    }
}
