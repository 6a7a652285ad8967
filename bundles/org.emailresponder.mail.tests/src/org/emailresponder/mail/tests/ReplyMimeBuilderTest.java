package org.emailresponder.mail.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;

import org.emailresponder.mail.MailAddress;
import org.emailresponder.mail.MimeParser;
import org.emailresponder.mail.OwnMessageIds;
import org.emailresponder.mail.ParsedMessage;
import org.emailresponder.mail.ReplyMimeBuilder;
import org.junit.jupiter.api.Test;

class ReplyMimeBuilderTest {

    private static final MailAddress SUPPORT = new MailAddress("support@example.test", "Support Team");
    private static final MailAddress CUSTOMER = new MailAddress("jane@example.test", "Jäne Dœ, Ltd.");

    private static ReplyMimeBuilder reply() {
        return new ReplyMimeBuilder().from(SUPPORT).to(List.of(CUSTOMER)).messageId("<er.7.3.abc@example.test>")
                .date(ZonedDateTime.parse("2026-11-27T10:00:00+01:00[Europe/Zurich]"));
    }

    @Test
    void replyParsesBackWithThreadingHeadersAndUnicode() throws Exception {
        byte[] raw = reply().subject("Re: Größe der Bestellung – lange Betreffzeilen müssen korrekt kodiert und gefaltet werden [#ER-7]")
                .inReplyTo("<p2@example.test>", List.of("<root@example.test>", "<p1@example.test>"))
                .text("Grüezi Jane,\n\nThanks for writing.\n-- \nSupport")
                .build();
        ParsedMessage m = MimeParser.parse(raw);
        assertEquals("Re: Größe der Bestellung – lange Betreffzeilen müssen korrekt kodiert und gefaltet werden [#ER-7]", m.subject());
        assertEquals(CUSTOMER, m.to().get(0));
        assertEquals(SUPPORT, m.from());
        assertEquals("<er.7.3.abc@example.test>", m.messageId());
        assertEquals("<p2@example.test>", m.inReplyTo());
        assertEquals(List.of("<root@example.test>", "<p1@example.test>", "<p2@example.test>"), m.references());
        assertEquals("Grüezi Jane,\r\n\r\nThanks for writing.\r\n-- \r\nSupport", m.textBody());
        assertNull(m.header("Auto-Submitted"));
        assertEquals(List.of(), m.problems());
        String text = new String(raw, StandardCharsets.US_ASCII);
        assertTrue(text.lines().allMatch(l -> l.length() <= 78), "header and body lines stay short:\n" + text);
        assertTrue(text.chars().allMatch(c -> c < 128), "the message is 7-bit");
    }

    @Test
    void automaticReplyWithHtmlAndAttachment() throws Exception {
        byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xff};
        byte[] raw = reply().subject("Your request").automatic(true).text("Plain").html("<p>Rich &amp; nice</p>")
                .attach("Rechnung März.pdf", "application/pdf", pdf).build();
        ParsedMessage m = MimeParser.parse(raw);
        assertEquals("auto-replied", m.header("Auto-Submitted"));
        assertEquals("All", m.header("X-Auto-Response-Suppress"));
        assertEquals("Plain", m.textBody());
        assertEquals("<p>Rich &amp; nice</p>", m.htmlBody());
        assertEquals(1, m.attachments().size());
        assertEquals("Rechnung März.pdf", m.attachments().get(0).name());
        assertArrayEquals(pdf, m.attachments().get(0).bytes());
        assertEquals(List.of(), m.problems());
    }

    @Test
    void lineBreaksInHeaderValuesCannotInjectHeaders() throws Exception {
        byte[] raw = reply().subject("Hi\r\nBcc: victim@example.test")
                .cc(List.of(new MailAddress("cc@example.test", "Evil\r\nBcc: victim2@example.test")))
                .text("x").build();
        String text = new String(raw, StandardCharsets.US_ASCII);
        assertFalse(text.contains("\nBcc:"), text);
        ParsedMessage m = MimeParser.parse(raw);
        assertNull(m.header("Bcc"));
        assertEquals("Hi Bcc: victim@example.test", m.subject());
        assertEquals(List.of(new MailAddress("cc@example.test", "Evil Bcc: victim2@example.test")), m.cc());
    }

    @Test
    void invalidAddressesAndIdsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReplyMimeBuilder().to(List.of(new MailAddress("a@example.test>\r\nBcc: v@x", null))));
        assertThrows(IllegalArgumentException.class, () -> new ReplyMimeBuilder().messageId("<a@b>\r\nBcc: v@x"));
        assertThrows(IllegalStateException.class, () -> new ReplyMimeBuilder().from(SUPPORT).build());
        byte[] raw = reply().inReplyTo("<bad id with spaces>\r\nX: y", List.of("junk", "<ok@x.test>")).text("x").build();
        String text = new String(raw, StandardCharsets.US_ASCII);
        assertFalse(text.contains("In-Reply-To"), "a malformed parent id is left out");
        assertFalse(text.contains("X: y"));
    }

    @Test
    void aParentWithoutMessageIdStillPassesOnItsReferences() throws Exception {
        ParsedMessage m = MimeParser.parse(reply().inReplyTo(null, List.of("<root@example.test>")).text("x").build());
        assertNull(m.inReplyTo());
        assertEquals(List.of("<root@example.test>"), m.references());
    }

    @Test
    void ownMessageIdsAreUniqueRecognizedAndUsableAsMessageIds() throws Exception {
        String id = OwnMessageIds.create(123456789L, "Support <Help@Example.TEST>");
        assertTrue(id.matches("<er\\.123456789\\.[0-9a-f]{24}@example\\.test>"), id);
        assertNotEquals(id, OwnMessageIds.create(123456789L, "Support <Help@Example.TEST>"));
        assertTrue(OwnMessageIds.isOwn(id));
        assertFalse(OwnMessageIds.isOwn("<CAF=abc@mail.gmail.com>"));
        assertFalse(OwnMessageIds.isOwn(null));
        assertTrue(OwnMessageIds.create(1, null).endsWith("@emailresponder.invalid>"), "no sender address: a reserved domain");
        assertTrue(OwnMessageIds.create(1, "x@>").endsWith("@emailresponder.invalid>"), "nothing usable after the @");
        ParsedMessage m = MimeParser.parse(reply().messageId(id).text("x").build());
        assertEquals(id, m.messageId());
    }
}
