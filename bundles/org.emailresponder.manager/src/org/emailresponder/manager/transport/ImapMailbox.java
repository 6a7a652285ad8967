package org.emailresponder.manager.transport;

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

import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.RemoteMessage;

/**
 * An IMAP folder. Raw bytes are fetched with one {@code UID FETCH set (BODY.PEEK[])} per batch: exactly the bytes
 * the server holds, in one round trip, without setting \Seen before the message is stored.
 */
final class ImapMailbox implements IncomingMailbox {
    private final MailEndpoint endpoint;
    private final Store store;
    private final IMAPFolder folder;

    ImapMailbox(MailEndpoint endpoint, Store store, IMAPFolder folder) {
        this.endpoint = endpoint;
        this.store = store;
        this.folder = folder;
    }

    @Override
    public long uidValidity() throws MailException {
        try {
            return folder.getUIDValidity();
        } catch (MessagingException e) {
            throw MailErrors.of(endpoint, e);
        }
    }

    @Override
    public List<RemoteMessage> list(long lastStoredUid, Collection<String> storedUids) throws MailException {
        try {
            Message[] messages = folder.getMessagesByUID(lastStoredUid + 1, UIDFolder.LASTUID);
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(FetchProfile.Item.SIZE);
            folder.fetch(messages, profile);
            List<RemoteMessage> list = new ArrayList<>();
            for (Message m : messages) {
                long uid = folder.getUID(m);
                // "n:*" always returns the last message, even when its UID is below n
                if (uid > lastStoredUid && !storedUids.contains(Long.toString(uid))) {
                    list.add(new RemoteMessage(Long.toString(uid), m.getSize(), null));
                }
            }
            return list;
        } catch (MessagingException e) {
            throw MailErrors.of(endpoint, e);
        }
    }

    @Override
    public List<RemoteMessage> fetch(List<RemoteMessage> messages) throws MailException {
        if (messages.isEmpty()) {
            return List.of();
        }
        String set = String.join(",", messages.stream().map(RemoteMessage::uid).toList());
        try {
            Map<String, byte[]> bodies = new HashMap<>();
            folder.doCommand(protocol -> {
                Response[] responses = protocol.command("UID FETCH " + set + " (UID BODY.PEEK[])", null);
                for (Response response : responses) {
                    if (response instanceof FetchResponse fetch) {
                        UID uid = fetch.getItem(UID.class);
                        BODY body = fetch.getItem(BODY.class);
                        if (uid != null && body != null) {
                            bodies.put(Long.toString(uid.uid), body.getByteArray().getNewBytes());
                        }
                    }
                }
                protocol.notifyResponseHandlers(responses);
                protocol.handleResult(responses[responses.length - 1]);
                return null;
            });
            List<RemoteMessage> fetched = new ArrayList<>();
            for (RemoteMessage m : messages) {
                byte[] raw = bodies.get(m.uid());
                if (raw == null) {
                    break; // expunged meanwhile by someone else: stop here, the rest comes next time
                }
                fetched.add(new RemoteMessage(m.uid(), raw.length, raw));
            }
            return fetched;
        } catch (MessagingException e) {
            throw MailErrors.of(endpoint, e);
        }
    }

    @Override
    public void markStored(List<RemoteMessage> messages, boolean delete) throws MailException {
        try {
            long[] uids = messages.stream().mapToLong(m -> Long.parseLong(m.uid())).toArray();
            Message[] found = folder.getMessagesByUID(uids);
            List<Message> present = new ArrayList<>();
            for (Message m : found) {
                if (m != null) {
                    present.add(m);
                }
            }
            Message[] array = present.toArray(Message[]::new);
            folder.setFlags(array, new Flags(Flags.Flag.SEEN), true);
            if (delete) {
                folder.setFlags(array, new Flags(Flags.Flag.DELETED), true);
                try {
                    folder.expunge(array); // UID EXPUNGE where the server has UIDPLUS
                } catch (MessagingException noUidPlus) {
                    folder.expunge();
                }
            }
        } catch (MessagingException e) {
            throw MailErrors.of(endpoint, e);
        }
    }

    @Override
    public void close() throws MailException {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
            store.close();
        } catch (MessagingException e) {
            throw MailErrors.of(endpoint, e);
        }
    }

    static ImapMailbox open(MailEndpoint endpoint, jakarta.mail.Session session) throws MailException {
        try {
            Store store = session.getStore(endpoint.protocol());
            store.connect(endpoint.host(), endpoint.port(), endpoint.user(), endpoint.secret());
            IMAPFolder folder = (IMAPFolder) store.getFolder(endpoint.folder() == null ? "INBOX" : endpoint.folder());
            folder.open(Folder.READ_WRITE);
            return new ImapMailbox(endpoint, store, folder);
        } catch (MessagingException e) {
            throw MailErrors.of(endpoint, e);
        }
    }
}
