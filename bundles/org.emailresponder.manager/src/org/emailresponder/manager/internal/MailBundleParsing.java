package org.emailresponder.manager.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.emailresponder.core.MessageState;
import org.emailresponder.mail.AutoReplyClassifier;
import org.emailresponder.mail.MailAddress;
import org.emailresponder.mail.MimeParser;
import org.emailresponder.mail.ParsedAttachment;
import org.emailresponder.mail.ParsedMessage;
import org.emailresponder.mail.UnparseableMessageException;
import org.emailresponder.manager.MessageParsing;
import org.emailresponder.manager.ParsedMail;

/**
 * The mail bundle's own MIME parser and auto-reply classifier as the Manager's {@link MessageParsing}: no Jakarta
 * Mail on the hot path (whose per-call provider lookup is slow inside OSGi) and one definition of "automatic mail".
 */
public final class MailBundleParsing implements MessageParsing {

    @Override
    public ParsedMail parse(byte[] raw) throws UnparseableException {
        ParsedMessage m;
        try {
            m = MimeParser.parse(raw);
        } catch (UnparseableMessageException e) {
            throw new UnparseableException(e.getMessage(), e);
        }
        AutoReplyClassifier.Verdict verdict = AutoReplyClassifier.classify(m);
        MessageState kind = switch (verdict.kind()) {
            case AUTO_REPLY -> MessageState.AUTO_REPLY;
            case BOUNCE -> MessageState.BOUNCE;
            default -> null; // BULK (lists, newsletters) is mail for people; routing rules decide
        };
        MailAddress from = m.from();
        return new ParsedMail(m.messageId(), m.inReplyTo(), m.references() == null ? List.of() : m.references(),
                from == null ? null : from.address(), from == null ? null : from.displayName(), join(m.to()), join(m.cc()),
                join(m.replyTo()), m.subject(), m.sentDate(), m.textBody(), m.htmlBody(), MimeParser.headerSection(raw),
                parts(m.attachments()), kind, verdict.originalMessageId());
    }

    private static String join(List<MailAddress> addresses) {
        if (addresses == null || addresses.isEmpty()) {
            return null;
        }
        return addresses.stream().map(MailAddress::address).collect(Collectors.joining(", "));
    }

    private static List<ParsedMail.Part> parts(List<ParsedAttachment> attachments) {
        List<ParsedMail.Part> parts = new ArrayList<>();
        if (attachments != null) {
            for (ParsedAttachment a : attachments) {
                parts.add(new ParsedMail.Part(a.name(), a.contentType(), a.contentId(), a.inline(), a.bytes() == null ? new byte[0] : a.bytes()));
            }
        }
        return parts;
    }
}
