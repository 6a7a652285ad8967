package org.emailresponder.app;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;

/**
 * A small window saying what the start is waiting for (opening and migrating the database can take seconds),
 * while the work runs in the background and the display stays responsive.
 */
final class StartupSplash {

    private StartupSplash() {
    }

    static <T> T whileShowing(Display display, String message, Supplier<T> work) {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(work);
        result.whenComplete((value, error) -> display.wake());
        Shell shell = open(display, message);
        try {
            while (!result.isDone()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        } finally {
            shell.dispose();
        }
        try {
            return result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private static Shell open(Display display, String message) {
        Shell shell = new Shell(display, SWT.ON_TOP | SWT.BORDER);
        shell.setText("Email Responder");
        GridLayoutFactory.swtDefaults().margins(18, 16).spacing(8, 10).applyTo(shell);
        Label title = new Label(shell, SWT.NONE);
        title.setText("Email Responder");
        title.setFont(JFaceResources.getHeaderFont());
        Label text = new Label(shell, SWT.WRAP);
        text.setText(message);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
        ProgressBar bar = new ProgressBar(shell, SWT.INDETERMINATE | SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        shell.pack();
        Rectangle screen = display.getPrimaryMonitor().getBounds();
        Rectangle size = shell.getBounds();
        shell.setLocation(screen.x + (screen.width - size.width) / 2, screen.y + (screen.height - size.height) / 3);
        shell.open();
        System.out.println("emailresponder: start window shown " + (System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms after JVM start");
        return shell;
    }
}
