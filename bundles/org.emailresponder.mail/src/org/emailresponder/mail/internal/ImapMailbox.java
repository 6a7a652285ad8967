package org.emailresponder.mail.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.imap.protocol.RFC822SIZE;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.eclipse.angus.mail.imap.protocol.UIDSet;
import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.RemoteMessage;

/**
 * One selected IMAP folder. Listing is one {@code UID FETCH n:* (UID RFC822.SIZE)}; bodies come in batches of one
 * {@code UID FETCH set (UID BODY.PEEK[])} each, so fetching never sets \Seen and costs one round trip per batch.
 */
final class ImapMailbox implements IncomingMailbox {

    /** Upper bounds of one fetch batch: enough to fill the pipe, small enough to bound memory. */
    static final int BATCH_MESSAGES = 100;
    static final long BATCH_BYTES = 16L * 1024 * 1024;
    private static final int UIDS_PER_STORE = 500;

    private final IMAPStore store;
    private final IMAPFolder folder;
    private final MailEndpoint endpoint;

    ImapMailbox(IMAPStore store, IMAPFolder folder, MailEndpoint endpoint) {
        this.store = store;
        this.folder = folder;
        this.endpoint = endpoint;
    }

    @Override
    public long uidValidity() throws MailException {
        try {
            return folder.getUIDValidity();
        } catch (MessagingException e) {
            throw MailErrors.map(e, endpoint, "Reading UIDVALIDITY of");
        }
    }

    @Override
    public List<RemoteMessage> list(long lastStoredUid, Collection<String> storedUids) throws MailException {
        try {
            if (folder.getMessageCount() == 0) {
                return List.of();
            }
            Set<String> stored = storedUids == null ? Set.of() : new HashSet<>(storedUids);
            String command = "UID FETCH " + (lastStoredUid + 1) + ":* (UID RFC822.SIZE)";
            List<RemoteMessage> result = new ArrayList<>();
            for (FetchResponse fr : run(command)) {
                UID uid = fr.getItem(UID.class);
                RFC822SIZE size = fr.getItem(RFC822SIZE.class);
                // "n:*" also returns the highest message when n is above every UID: filter it out
                if (uid != null && uid.uid > lastStoredUid && !stored.contains(Long.toString(uid.uid))) {
                    result.add(new RemoteMessage(Long.toString(uid.uid), size == null ? -1 : size.size, null));
                }
            }
            result.sort(Comparator.comparingLong(m -> Long.parseLong(m.uid())));
            return result;
        } catch (MessagingException e) {
            throw MailErrors.map(e, endpoint, "Listing new messages of");
        }
    }

    @Override
    public List<RemoteMessage> fetch(List<RemoteMessage> messages) throws MailException {
        List<RemoteMessage> fetched = new ArrayList<>(messages.size());
        int start = 0;
        while (start < messages.size()) {
            int end = batchEnd(messages, start);
            fetched.addAll(fetchBatch(messages.subList(start, end)));
            start = end;
        }
        return fetched;
    }

    private static int batchEnd(List<RemoteMessage> messages, int start) {
        long bytes = 0;
        int end = start;
        while (end < messages.size() && end - start < BATCH_MESSAGES
                && (end == start || bytes + Math.max(0, messages.get(end).size()) <= BATCH_BYTES)) {
            bytes += Math.max(0, messages.get(end).size());
            end++;
        }
        return end;
    }

    private List<RemoteMessage> fetchBatch(List<RemoteMessage> batch) throws MailException {
        try {
            Map<Long, RemoteMessage> byUid = new HashMap<>();
            for (FetchResponse fr : run("UID FETCH " + UidSets.of(uids(batch)) + " (UID BODY.PEEK[])")) {
                UID uid = fr.getItem(UID.class);
                BODY body = fr.getItem(BODY.class);
                if (uid != null && body != null && body.getByteArray() != null) {
                    byte[] raw = body.getByteArray().getNewBytes();
                    byUid.put(uid.uid, new RemoteMessage(Long.toString(uid.uid), raw.length, raw));
                }
            }
            List<RemoteMessage> result = new ArrayList<>(batch.size());
            for (RemoteMessage m : batch) {
                RemoteMessage got = byUid.get(Long.parseLong(m.uid()));
                if (got != null) {
                    result.add(got);
                }
            }
            return result;
        } catch (MessagingException e) {
            throw MailErrors.map(e, endpoint, "Fetching messages from");
        }
    }

    @Override
    public void markStored(List<RemoteMessage> messages, boolean delete) throws MailException {
        long[] all = uids(messages);
        try {
            for (int i = 0; i < all.length; i += UIDS_PER_STORE) {
                long[] chunk = java.util.Arrays.copyOfRange(all, i, Math.min(all.length, i + UIDS_PER_STORE));
                String flag = delete ? "\\Deleted" : "\\Seen";
                run("UID STORE " + UidSets.of(chunk) + " +FLAGS.SILENT (" + flag + ")");
                if (delete) {
                    expunge(chunk);
                }
            }
        } catch (MessagingException e) {
            throw MailErrors.map(e, endpoint, delete ? "Deleting stored messages on" : "Marking stored messages on");
        }
    }

    private void expunge(long[] uids) throws MessagingException {
        folder.doCommand(p -> {
            if (p.hasCapability("UIDPLUS")) {
                p.uidexpunge(UIDSet.createUIDSets(uids));
            } else {
                p.expunge();
            }
            return null;
        });
    }

    /** Runs one command; returns its FETCH responses and hands every other response to the folder. */
    private List<FetchResponse> run(String command) throws MessagingException {
        List<FetchResponse> fetches = new ArrayList<>();
        folder.doCommand(p -> {
            Response[] responses = p.command(command, null);
            List<Response> others = new ArrayList<>();
            for (Response r : responses) {
                if (r instanceof FetchResponse fr) {
                    fetches.add(fr);
                } else {
                    others.add(r);
                }
            }
            notifyAndCheck(p, others, responses[responses.length - 1]);
            return null;
        });
        return fetches;
    }

    private static void notifyAndCheck(IMAPProtocol p, List<Response> others, Response last) throws ProtocolException {
        p.notifyResponseHandlers(others.toArray(Response[]::new));
        p.handleResult(last);
    }

    private static long[] uids(List<RemoteMessage> messages) {
        return messages.stream().mapToLong(m -> Long.parseLong(m.uid())).toArray();
    }

    @Override
    public void close() throws MailException {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw MailErrors.map(e, endpoint, "Closing");
        } finally {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // closing the folder already reported the problem, if any
            }
        }
    }
}
