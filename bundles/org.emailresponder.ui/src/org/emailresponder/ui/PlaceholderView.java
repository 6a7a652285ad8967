package org.emailresponder.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * A view whose real content another part of the product supplies later; it says so instead of showing an empty
 * area. The text comes from the view's registered name.
 */
public class PlaceholderView extends ViewPart {
    private Label label;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(parent);
        label = new Label(parent, SWT.WRAP);
        label.setText(getViewSite().getRegisteredName() + ": not available in this version yet.");
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(label);
    }

    @Override
    public void setFocus() {
        label.setFocus();
    }
}
