package org.emailresponder.mail.internal.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.emailresponder.mail.MailAddress;
import org.emailresponder.mail.MailHeader;
import org.emailresponder.mail.ParsedMessage;
import org.emailresponder.mail.UnparseableMessageException;

/** Reads one raw RFC 822 message into a {@link ParsedMessage}; see {@code MimeParser} for the contract. */
public final class MessageReader {

    private MessageReader() {
    }

    public static ParsedMessage read(byte[] raw) throws UnparseableMessageException {
        if (raw == null || raw.length == 0) {
            throw new UnparseableMessageException("empty message");
        }
        Problems problems = new Problems();
        RawHeaders top = RawHeaders.read(raw, 0, raw.length, problems, "the message");
        if (top.fields().isEmpty()) {
            throw new UnparseableMessageException("no RFC 822 header found at the start of the message");
        }
        List<MailHeader> headers = new ArrayList<>(top.fields().size());
        for (RawHeaders.Field f : top.fields()) {
            headers.add(new MailHeader(f.name(), EncodedWords.decode(f.value(), problems)));
        }
        BodyCollector body = new BodyCollector(raw, problems);
        try {
            body.walk(top, raw.length, "text/plain", "1", 0, false);
        } catch (RuntimeException e) {
            problems.add("body could not be read completely: " + e);
        }
        String ct = top.get("Content-Type");
        String type = ct == null ? "text/plain" : HeaderParams.parse(ct, null).value();
        List<MailAddress> from = Addresses.parse(top.get("From"), problems);
        if (from.isEmpty()) {
            from = Addresses.parse(top.get("Sender"), problems);
        }
        if (from.isEmpty() && top.get("From") == null) {
            problems.add("no From header");
        }
        List<String> references = ids(top.get("References"));
        List<String> inReplyTo = ids(top.get("In-Reply-To"));
        return new ParsedMessage(firstId(top.get("Message-ID")), inReplyTo.isEmpty() ? null : inReplyTo.get(0),
                references, from.isEmpty() ? null : from.get(0), addresses(top, "To", problems),
                addresses(top, "Cc", problems), addresses(top, "Reply-To", problems), subject(top, problems),
                MailDates.parse(top.get("Date"), problems), body.text(), body.html(), List.copyOf(body.attachments()),
                type.toLowerCase(Locale.ROOT), List.copyOf(headers), raw.length, problems.toList());
    }

    /** The Message-ID of the top header only, for messages {@link #read} refuses; null when there is none. */
    public static String messageId(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return null;
        }
        return firstId(RawHeaders.read(raw, 0, raw.length, null, "the message").get("Message-ID"));
    }

    private static String subject(RawHeaders top, Problems problems) {
        String s = top.get("Subject");
        return s == null ? null : EncodedWords.decode(s, problems);
    }

    private static List<MailAddress> addresses(RawHeaders top, String name, Problems problems) {
        List<MailAddress> all = new ArrayList<>(2);
        for (RawHeaders.Field f : top.fields()) {
            if (f.name().equalsIgnoreCase(name)) {
                all.addAll(Addresses.parse(f.value(), problems));
            }
        }
        return List.copyOf(all);
    }

    private static String firstId(String value) {
        List<String> ids = ids(value);
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The {@code <...>} tokens of a header, in order; bare words when there are no brackets. */
    public static List<String> ids(String value) {
        List<String> ids = new ArrayList<>(2);
        if (value == null) {
            return ids;
        }
        int i = 0;
        while (true) {
            int lt = value.indexOf('<', i);
            int gt = lt < 0 ? -1 : value.indexOf('>', lt);
            if (gt < 0) {
                break;
            }
            if (gt > lt + 1) {
                ids.add(value.substring(lt, gt + 1).replace(" ", ""));
            }
            i = gt + 1;
        }
        if (ids.isEmpty()) {
            for (String word : value.strip().split("\\s+")) {
                if (word.indexOf('@') > 0) {
                    ids.add("<" + word + ">");
                }
            }
        }
        return ids;
    }
}
