package org.emailresponder.mail.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;

import org.eclipse.angus.mail.pop3.POP3Folder;
import org.eclipse.angus.mail.pop3.POP3Store;
import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.RemoteMessage;

/**
 * The POP3 maildrop. One UIDL and one LIST give ids and sizes of all messages; each body is one RETR. Deletions
 * asked for by {@link #markStored} are sent as DELE when the mailbox is closed and applied by the server at QUIT.
 */
final class Pop3Mailbox implements IncomingMailbox {

    private final POP3Store store;
    private final POP3Folder folder;
    private final MailEndpoint endpoint;
    private final Map<String, Message> byUid = new LinkedHashMap<>();
    private boolean deletions;

    Pop3Mailbox(POP3Store store, POP3Folder folder, MailEndpoint endpoint) {
        this.store = store;
        this.folder = folder;
        this.endpoint = endpoint;
    }

    @Override
    public long uidValidity() {
        return 0;
    }

    @Override
    public List<RemoteMessage> list(long lastStoredUid, Collection<String> storedUids) throws MailException {
        try {
            loadIndex();
            Set<String> stored = storedUids == null ? Set.of() : new HashSet<>(storedUids);
            List<RemoteMessage> result = new ArrayList<>();
            for (Map.Entry<String, Message> e : byUid.entrySet()) {
                if (!stored.contains(e.getKey())) {
                    result.add(new RemoteMessage(e.getKey(), e.getValue().getSize(), null));
                }
            }
            return result;
        } catch (MessagingException e) {
            throw MailErrors.map(e, endpoint, "Listing messages of");
        }
    }

    private void loadIndex() throws MessagingException {
        if (!byUid.isEmpty() || folder.getMessageCount() == 0) {
            return;
        }
        Message[] messages = folder.getMessages();
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(UIDFolder.FetchProfileItem.SIZE);
        folder.fetch(messages, profile);
        for (Message m : messages) {
            String uid = folder.getUID(m);
            if (uid != null) {
                byUid.putIfAbsent(uid, m);
            }
        }
    }

    @Override
    public List<RemoteMessage> fetch(List<RemoteMessage> messages) throws MailException {
        try {
            loadIndex();
            List<RemoteMessage> result = new ArrayList<>(messages.size());
            for (RemoteMessage wanted : messages) {
                Message m = byUid.get(wanted.uid());
                if (m != null) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(1024, wanted.size()));
                    m.writeTo(out);
                    result.add(new RemoteMessage(wanted.uid(), out.size(), out.toByteArray()));
                }
            }
            return result;
        } catch (MessagingException | IOException e) {
            throw MailErrors.map(e, endpoint, "Retrieving messages from");
        }
    }

    @Override
    public void markStored(List<RemoteMessage> messages, boolean delete) throws MailException {
        if (!delete) {
            return;
        }
        try {
            loadIndex();
            for (RemoteMessage stored : messages) {
                Message m = byUid.get(stored.uid());
                if (m != null) {
                    m.setFlag(Flags.Flag.DELETED, true);
                    deletions = true;
                }
            }
        } catch (MessagingException e) {
            throw MailErrors.map(e, endpoint, "Marking messages for deletion on");
        }
    }

    @Override
    public void close() throws MailException {
        try {
            if (folder.isOpen()) {
                folder.close(deletions);
            }
        } catch (MessagingException e) {
            throw MailErrors.map(e, endpoint, "Closing (QUIT)");
        } finally {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // the folder close above already reported the problem, if any
            }
        }
    }
}
