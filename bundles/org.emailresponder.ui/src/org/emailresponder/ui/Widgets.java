package org.emailresponder.ui;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import java.util.function.Function;

/** Small helpers for the forms and tables all workbench parts use, so they look alike. */
public final class Widgets {

    private Widgets() {
    }

    /** A two-column form: labels left, fields right. */
    public static Composite form(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(8, 6).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        return form;
    }

    public static Text field(Composite form, String label, int style) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER | SWT.SINGLE | style);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    public static Button checkbox(Composite form, String label, boolean checked) {
        new Label(form, SWT.NONE);
        Button box = new Button(form, SWT.CHECK);
        box.setText(label);
        box.setSelection(checked);
        return box;
    }

    public static Label note(Composite form, String text) {
        Label note = new Label(form, SWT.WRAP);
        note.setText(text);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(note);
        return note;
    }

    /** A table viewer filling its parent, with header and lines visible. */
    public static TableViewer table(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        return viewer;
    }

    public static <T> TableViewerColumn column(TableViewer viewer, String title, int width, Class<T> type, Function<T, Object> value) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setResizable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Object shown = type.isInstance(element) ? value.apply(type.cast(element)) : null;
                return shown == null ? "" : shown.toString();
            }
        });
        return column;
    }

    /** A row of push buttons above a table. */
    public static Composite buttonBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(0).equalWidth(false).margins(4, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        return bar;
    }

    /** An action with a tool tip that runs the given code (for button bars, context menus and toolbars). */
    public static IAction action(String text, String tip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tip);
        return action;
    }

    /** A push button that runs the action and follows its text and enablement. */
    public static Button button(Composite bar, IAction action) {
        Button button = button(bar, action.getText().replace("&", ""), action::run);
        button.setEnabled(action.isEnabled());
        button.setToolTipText(action.getToolTipText());
        IPropertyChangeListener follow = event -> {
            if (!button.isDisposed() && IAction.ENABLED.equals(event.getProperty())) {
                button.setEnabled(action.isEnabled());
            }
        };
        action.addPropertyChangeListener(follow);
        button.addDisposeListener(event -> action.removePropertyChangeListener(follow));
        return button;
    }

    public static Button button(Composite bar, String text, Runnable action) {
        ((org.eclipse.swt.layout.GridLayout) bar.getLayout()).numColumns++;
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    /**
     * Runs work on the UI thread later, from any thread (service and session listeners), unless the viewer is gone
     * by then.
     */
    public static void later(TableViewer viewer, Runnable work) {
        if (viewer != null) {
            later(viewer.getControl(), work);
        }
    }

    /** {@link #later(TableViewer, Runnable)} for any control. */
    public static void later(Control control, Runnable work) {
        if (control != null && !control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    work.run();
                }
            });
        }
    }
}
