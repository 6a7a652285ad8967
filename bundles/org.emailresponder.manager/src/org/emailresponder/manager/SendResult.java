package org.emailresponder.manager;

/** What one outbox pass did: replies sent, retried later, given up (FAILED), and re-queued after a crash. */
public record SendResult(int sent, int retried, int failed, int recovered) {
    public static final SendResult NONE = new SendResult(0, 0, 0, 0);

    public SendResult plus(SendResult o) {
        return new SendResult(sent + o.sent, retried + o.retried, failed + o.failed, recovered + o.recovered);
    }

    @Override
    public String toString() {
        return "sent " + sent + ", retried " + retried + ", failed " + failed + ", recovered after crash " + recovered;
    }
}
