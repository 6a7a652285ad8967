package org.emailresponder.manager;

import org.emailresponder.mail.MailSecurity;

/**
 * Tuning of downloads.
 *
 * @param batchSize messages fetched and committed together
 * @param floodLimitPerHour messages per sender and hour above which further ones are set aside as BLOCKED (0: off)
 */
public record IngestOptions(int batchSize, int floodLimitPerHour, MailSecurity security) {

    public static IngestOptions defaults() {
        return new IngestOptions(200, 100, MailSecurity.defaults());
    }
}
