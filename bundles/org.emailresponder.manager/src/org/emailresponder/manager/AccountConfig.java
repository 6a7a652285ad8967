package org.emailresponder.manager;

/** A mail account as the Manager uses it, secrets opened. Never shown or logged (see {@link #toString()}). */
public record AccountConfig(long id, String name, String incomingUrl, String incomingSecret, String outgoingUrl,
        String outgoingSecret, String fromAddress, int pollSeconds, boolean deleteAfterDownload, Long groupId) {

    @Override
    public String toString() {
        return "AccountConfig[" + id + " " + name + " " + incomingUrl + "]";
    }
}
