package org.emailresponder.manager.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;

import org.eclipse.angus.mail.pop3.POP3Folder;
import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.RemoteMessage;

/**
 * A POP3 mailbox. UIDLs identify messages; deletions (delete after download) only take effect at QUIT, i.e. in
 * {@link #close}, so a crash before that deletes nothing.
 */
final class Pop3Mailbox implements IncomingMailbox {
    private final MailEndpoint endpoint;
    private final Store store;
    private final POP3Folder folder;
    private final Map<String, Message> byUid = new HashMap<>();
    private boolean deletions;

    private Pop3Mailbox(MailEndpoint endpoint, Store store, POP3Folder folder) {
        this.endpoint = endpoint;
        this.store = store;
        this.folder = folder;
    }

    @Override
    public long uidValidity() {
        return 0;
    }

    @Override
    public List<RemoteMessage> list(long lastStoredUid, Collection<String> storedUids) throws MailException {
        try {
            Message[] messages = folder.getMessages();
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            folder.fetch(messages, profile);
            List<RemoteMessage> list = new ArrayList<>();
            for (Message m : messages) {
                String uid = folder.getUID(m);
                byUid.put(uid, m);
                if (!storedUids.contains(uid)) {
                    list.add(new RemoteMessage(uid, m.getSize(), null));
                }
            }
            return list;
        } catch (MessagingException e) {
            throw MailErrors.of(endpoint, e);
        }
    }

    @Override
    public List<RemoteMessage> fetch(List<RemoteMessage> messages) throws MailException {
        List<RemoteMessage> fetched = new ArrayList<>();
        try {
            for (RemoteMessage m : messages) {
                ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(1024, m.size()));
                byUid.get(m.uid()).writeTo(out);
                byte[] raw = out.toByteArray();
                fetched.add(new RemoteMessage(m.uid(), raw.length, raw));
            }
            return fetched;
        } catch (MessagingException | IOException e) {
            throw MailErrors.of(endpoint, e instanceof MessagingException me ? me : new MessagingException(e.getMessage(), e));
        }
    }

    @Override
    public void markStored(List<RemoteMessage> messages, boolean delete) throws MailException {
        if (!delete) {
            return;
        }
        try {
            for (RemoteMessage m : messages) {
                byUid.get(m.uid()).setFlag(Flags.Flag.DELETED, true);
            }
            deletions = true;
        } catch (MessagingException e) {
            throw MailErrors.of(endpoint, e);
        }
    }

    @Override
    public void close() throws MailException {
        try {
            if (folder.isOpen()) {
                folder.close(deletions);
            }
            store.close();
        } catch (MessagingException e) {
            throw MailErrors.of(endpoint, e);
        }
    }

    static Pop3Mailbox open(MailEndpoint endpoint, jakarta.mail.Session session) throws MailException {
        try {
            Store store = session.getStore(endpoint.protocol());
            store.connect(endpoint.host(), endpoint.port(), endpoint.user(), endpoint.secret());
            POP3Folder folder = (POP3Folder) store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            return new Pop3Mailbox(endpoint, store, folder);
        } catch (MessagingException e) {
            throw MailErrors.of(endpoint, e);
        }
    }
}
