package org.emailresponder.ui.agent.reply;

import org.emailresponder.manager.TemplateReplies;
import org.emailresponder.ui.AppSession;

/** The template reply service of this workbench; it checks the user's permission and group itself. */
final class Replies {
    private Replies() {
    }

    static TemplateReplies service() {
        return TemplateReplies.fromPlatform(AppSession.services().store());
    }
}
