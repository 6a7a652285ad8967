package org.emailresponder.ui.agent.message;

import java.time.Duration;

import org.emailresponder.rules.claims.ClaimService;
import org.emailresponder.ui.AppSession;

/** The claim service of this workbench; it checks the user's permission and group itself. */
final class Claims {
    /** A claim lapses after this idle time; the Message view touches the claim it shows well before that. */
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(15);
    static final int TOUCH_EVERY_MILLIS = 5 * 60_000;

    private Claims() {
    }

    static ClaimService service() {
        return new ClaimService(AppSession.services().store(), IDLE_TIMEOUT);
    }
}
