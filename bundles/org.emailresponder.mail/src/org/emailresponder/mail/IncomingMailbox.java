package org.emailresponder.mail;

import java.util.Collection;
import java.util.List;

/**
 * An open connection to one incoming folder. The Manager lists what is new, fetches it in batches, stores each
 * message in the database, and only then calls {@link #markStored}: that order is what makes a crash lose nothing.
 */
public interface IncomingMailbox extends AutoCloseable {

    /** IMAP UIDVALIDITY of the folder; 0 for POP3, where {@link #list} compares UIDLs instead. */
    long uidValidity() throws MailException;

    /**
     * The messages not yet stored, oldest first, without their bytes.
     *
     * @param lastStoredUid IMAP: the highest UID already stored (0 for none); POP3: ignored
     * @param storedUids POP3: the UIDLs already stored; IMAP: UIDs above lastStoredUid stored out of order
     */
    List<RemoteMessage> list(long lastStoredUid, Collection<String> storedUids) throws MailException;

    /** Downloads the raw bytes of these messages in as few round trips as the protocol allows. */
    List<RemoteMessage> fetch(List<RemoteMessage> messages) throws MailException;

    /**
     * Tells the server these messages are safely stored: IMAP marks them \Seen (or deletes and expunges them),
     * POP3 deletes them when {@code delete} is set (applied when the mailbox is closed).
     */
    void markStored(List<RemoteMessage> messages, boolean delete) throws MailException;

    @Override
    void close() throws MailException;
}
