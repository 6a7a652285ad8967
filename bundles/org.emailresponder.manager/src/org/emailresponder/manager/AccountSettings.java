package org.emailresponder.manager;

/**
 * What an administrator enters for a mail account. URLs carry no password (e.g.
 * {@code imap://support%40example.test@mail.example.test:143/INBOX?starttls}); secrets are given separately and
 * sealed before they are stored. In an update, a null secret keeps the stored one.
 *
 * @param groupName the group new messages of this account fall back to, or null
 */
public record AccountSettings(String name, String incomingUrl, String incomingSecret, String outgoingUrl, String outgoingSecret,
        String fromAddress, int pollSeconds, boolean deleteAfterDownload, boolean enabled, String groupName) {

    @Override
    public String toString() {
        return "AccountSettings[" + name + " " + incomingUrl + " " + outgoingUrl + "]";
    }
}
