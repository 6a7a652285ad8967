package org.emailresponder.ui.preferences;

import java.util.Map;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.ui.AppSession;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.Widgets;

/**
 * "Database connection": the JDBC URL, user and password the workbench opens on its next start. Command line
 * ({@code -db.url}) and environment ({@code EMAILRESPONDER_DB_URL}) still win over what is stored here.
 */
public final class DatabasePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
    private Text url;
    private Text user;
    private Text password;

    @Override
    public void init(IWorkbench workbench) {
        setDescription("Which database this workbench uses. Changes take effect on the next start. "
                + "The password is stored encrypted; leave the URL empty for the embedded database.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite form = Widgets.form(parent);
        url = Widgets.field(form, "JDBC URL:", SWT.NONE);
        user = Widgets.field(form, "User:", SWT.NONE);
        password = Widgets.field(form, "Password:", SWT.PASSWORD);
        Widgets.note(form, "Examples: jdbc:postgresql://dbhost:5432/emailresponder, "
                + "jdbc:sqlserver://dbhost:1433;databaseName=emailresponder;encrypt=true");
        if (AppSession.isStarted()) {
            Widgets.note(form, "In use now: " + AppSession.services().settings().displayName());
        }
        try {
            Map<String, String> stored = DatabasePreferences.load();
            url.setText(stored.getOrDefault("url", ""));
            user.setText(stored.getOrDefault("user", ""));
            password.setText(stored.getOrDefault("password", ""));
        } catch (RuntimeException e) {
            setErrorMessage(Errors.message(e));
        }
        return form;
    }

    @Override
    protected void performDefaults() {
        url.setText("");
        user.setText("");
        password.setText("");
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        String value = url.getText().strip();
        if (!value.isEmpty()) {
            try {
                new DatabaseSettings(value, user.getText(), password.getText()).platform();
            } catch (RuntimeException e) {
                setErrorMessage("Not a supported JDBC URL: " + Errors.message(e));
                return false;
            }
        }
        try {
            DatabasePreferences.save(value, user.getText(), password.getText());
            return true;
        } catch (RuntimeException e) {
            setErrorMessage(Errors.message(e));
            return false;
        }
    }
}
