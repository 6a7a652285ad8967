package org.emailresponder.ui.tests;

import java.io.File;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Event-loop waiting and PNG screenshots of a real shell. */
final class Screenshots {

    private Screenshots() {
    }

    /** Runs the event loop until the condition holds or the time is up; returns the condition. */
    static boolean waitUntil(BooleanSupplier condition, long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return condition.getAsBoolean();
    }

    static void settle(long millis) {
        long end = System.currentTimeMillis() + millis;
        waitUntil(() -> System.currentTimeMillis() >= end, millis + 100);
    }

    /** Copies the shell's area of the screen into target/screenshots/NAME.png; returns the file. */
    static File save(Shell shell, String name) {
        settle(800);
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        File dir = new File(System.getProperty("screenshots.dir", "target/screenshots"));
        dir.mkdirs();
        File file = new File(dir, name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image.getImageData()};
        loader.save(file.getAbsolutePath(), SWT.IMAGE_PNG);
        image.dispose();
        System.out.println("screenshot: " + file);
        return file;
    }
}
