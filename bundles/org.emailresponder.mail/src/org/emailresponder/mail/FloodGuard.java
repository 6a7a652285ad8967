package org.emailresponder.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Stops automatic answers to a sender who writes too often (a mail loop with another robot, or a flood): more than
 * {@code maxMessages} messages from one sender within {@code window}. Pure logic: the Manager counts the sender's
 * messages since {@link #windowStart} in the database and asks {@link #floods(long)}.
 */
public record FloodGuard(int maxMessages, Duration window) {

    public FloodGuard {
        if (maxMessages < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("FloodGuard needs maxMessages >= 1 and a positive window");
        }
    }

    /** 10 messages per hour: far above what a person writes to a help desk, far below a robot loop. */
    public static FloodGuard defaults() {
        return new FloodGuard(10, Duration.ofHours(1));
    }

    /** The earliest time a message counts toward the limit at {@code now}. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** @param messagesInWindow messages from the sender received within the window, the current one included */
    public boolean floods(long messagesInWindow) {
        return messagesInWindow > maxMessages;
    }

    /** The same decision from the receive times of the sender's recent messages (the current one included). */
    public boolean floods(Collection<Instant> receivedTimes, Instant now) {
        Instant start = windowStart(now);
        return floods(receivedTimes.stream().filter(t -> !t.isBefore(start) && !t.isAfter(now)).count());
    }
}
