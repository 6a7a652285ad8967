package org.emailresponder.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.FrameworkUtil;

/** The product's window icons, also for the dialogs shown before the workbench exists. */
final class Branding {
    private static final String[] ICONS = {"icons/app16.png", "icons/app32.png", "icons/app48.png"};

    private Branding() {
    }

    static void setDefaultImages(Display display) {
        java.util.List<Image> images = new java.util.ArrayList<>();
        for (String path : ICONS) {
            URL url = FrameworkUtil.getBundle(Branding.class).getEntry(path);
            if (url == null) {
                continue;
            }
            try (InputStream in = url.openStream()) {
                images.add(new Image(display, in));
            } catch (IOException e) {
                ILog.of(Branding.class).warn("Cannot load the icon " + path + ": " + e.getMessage());
            }
        }
        Window.setDefaultImages(images.toArray(Image[]::new));
    }
}
