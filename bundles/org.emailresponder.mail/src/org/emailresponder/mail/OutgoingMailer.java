package org.emailresponder.mail;

import java.util.List;

/** An open connection to an SMTP server; one connection sends many messages. */
public interface OutgoingMailer extends AutoCloseable {

    /**
     * Sends one message.
     *
     * @param raw the complete RFC 822 message (headers and body), sent as is
     * @param envelopeFrom the SMTP MAIL FROM address (empty for a null return path)
     * @param recipients the SMTP RCPT TO addresses
     */
    void send(byte[] raw, String envelopeFrom, List<String> recipients) throws MailException;

    @Override
    void close() throws MailException;
}
