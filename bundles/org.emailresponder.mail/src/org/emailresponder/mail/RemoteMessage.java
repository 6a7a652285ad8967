package org.emailresponder.mail;

/**
 * A message as it lies on the server: its stable id there (IMAP UID as decimal text, POP3 UIDL) and, once fetched,
 * its raw RFC 822 bytes exactly as sent by the server.
 */
public record RemoteMessage(String uid, long size, byte[] raw) {
}
