package org.emailresponder.ui.manager.service;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.emailresponder.manager.SecretBox;
import org.emailresponder.manager.jobs.ManagerControl;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.ui.Errors;
import org.emailresponder.ui.Widgets;

/** "Manager service": start at login or not, the pause between cycles, and where the account key comes from. */
public final class ServicePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
    private Button autostart;
    private Text pause;

    @Override
    public void init(IWorkbench workbench) {
        setDescription("The Manager service downloads mail, runs the automation and sends replies from this workbench. "
                + "It shares the work with other Managers on the same database.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite form = Widgets.form(parent);
        autostart = Widgets.checkbox(form, "Start the service when a supervisor or administrator logs in", ServicePreferences.autostart());
        pause = Widgets.field(form, "Check for due accounts every (seconds):", SWT.NONE);
        pause.setText(Long.toString(ServicePreferences.pause().toSeconds()));
        Widgets.note(form, "Each account is polled at its own interval; this is only how often the service looks for due work.");
        Widgets.note(form, keySource());
        return form;
    }

    private static String keySource() {
        String env = System.getenv(SecretBox.ENV_KEY);
        String source = env != null && !env.isBlank() ? "the environment variable " + SecretBox.ENV_KEY
                : "the file " + DatabaseSettings.defaultDataFolder(System.getenv()).resolve("secret.key");
        return "Account passwords are opened with the key from " + source + ". Every Manager on this database, headless "
                + "or in a workbench, needs the same key.";
    }

    @Override
    protected void performDefaults() {
        autostart.setSelection(false);
        pause.setText(Long.toString(ManagerControl.DEFAULT_PAUSE.toSeconds()));
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        int seconds;
        try {
            seconds = Integer.parseInt(pause.getText().strip());
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        if (seconds < 1 || seconds > 3600) {
            setErrorMessage("The pause must be a whole number of seconds between 1 and 3600.");
            return false;
        }
        try {
            ServicePreferences.save(autostart.getSelection(), seconds);
            return true;
        } catch (RuntimeException e) {
            setErrorMessage(Errors.message(e));
            return false;
        }
    }
}
