package org.emailresponder.mail;

/**
 * One server of a mail account, as given by a URL such as {@code imaps://user%40example.test@mail.example.test/INBOX}
 * or {@code smtp://127.0.0.1:10025}. Protocol is one of imap, imaps, pop3, pop3s, smtp, smtps; {@code starttls}
 * upgrades a plain connection and fails when the server cannot. The secret is never part of {@link #toString()}.
 *
 * @param folder IMAP folder (default INBOX); ignored by POP3 and SMTP
 */
public record MailEndpoint(String protocol, String host, int port, String user, String secret, String folder, boolean starttls) {

    @Override
    public String toString() {
        return protocol + "://" + (user == null || user.isEmpty() ? "" : user + "@") + host + ":" + port
                + (folder == null ? "" : "/" + folder) + (starttls ? " (STARTTLS)" : "");
    }
}
