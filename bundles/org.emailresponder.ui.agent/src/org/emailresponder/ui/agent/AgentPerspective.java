package org.emailresponder.ui.agent;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Queues on the left, the message above the reply in the middle, contacts on the right. */
public final class AgentPerspective implements IPerspectiveFactory {
    public static final String QUEUES = "org.emailresponder.ui.agent.queues";
    public static final String MESSAGE = "org.emailresponder.ui.agent.message";
    public static final String REPLY = "org.emailresponder.ui.agent.reply";
    public static final String CONTACTS = "org.emailresponder.ui.agent.contacts";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(QUEUES, IPageLayout.LEFT, 0.42f, editors);
        IFolderLayout right = layout.createFolder("org.emailresponder.ui.agent.right", IPageLayout.RIGHT, 0.78f, editors);
        right.addView(CONTACTS);
        layout.addView(MESSAGE, IPageLayout.TOP, 0.55f, editors);
        layout.addView(REPLY, IPageLayout.BOTTOM, 0.55f, MESSAGE);
        for (String id : new String[] {QUEUES, MESSAGE, REPLY, CONTACTS}) {
            layout.getViewLayout(id).setCloseable(false);
        }
    }
}
