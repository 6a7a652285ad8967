package org.emailresponder.manager.internal;

import java.util.ArrayList;
import java.util.List;

import org.emailresponder.mail.MailAddress;
import org.emailresponder.mail.ReplyMimeBuilder;

/** A queued reply as its outbox row holds it (addresses as comma-separated lists, References space-separated). */
public record QueuedReply(long id, String messageId, String inReplyTo, String references, String from, String to, String cc,
        String bcc, String subject, String text, String html, boolean automatic) {

    /**
     * The RFC 822 bytes to send, with the Message-ID assigned at queue time.
     *
     * @param accountFrom the mail account's From address, used when the row has none
     * @throws IllegalArgumentException or IllegalStateException when an address or id is unusable
     */
    public byte[] toMime(String accountFrom) {
        List<MailAddress> sender = MailAddress.parseList(from != null ? from : accountFrom);
        if (sender.isEmpty()) {
            throw new IllegalStateException("the reply has no From address (set one on the mail account)");
        }
        return new ReplyMimeBuilder().from(sender.get(0)).to(MailAddress.parseList(to)).cc(MailAddress.parseList(cc))
                .subject(subject).messageId(messageId).inReplyTo(inReplyTo, referenceList()).automatic(automatic)
                .text(text).html(html == null || html.isBlank() ? null : html).build();
    }

    /** The envelope recipients: To, Cc and Bcc. */
    public List<String> recipients() {
        List<String> all = new ArrayList<>();
        for (String list : new String[] {to, cc, bcc}) {
            MailAddress.parseList(list).forEach(a -> all.add(a.address()));
        }
        return all;
    }

    private List<String> referenceList() {
        return references == null || references.isBlank() ? List.of() : List.of(references.strip().split("\\s+"));
    }
}
