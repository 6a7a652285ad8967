package org.emailresponder.mail.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.emailresponder.mail.MailAddress;
import org.emailresponder.mail.MimeParser;
import org.emailresponder.mail.ParsedAttachment;
import org.emailresponder.mail.ParsedMessage;
import org.emailresponder.mail.UnparseableMessageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MimeParserTest {

    static ParsedMessage parse(String raw) throws UnparseableMessageException {
        return MimeParser.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readsHeadersAddressesAndThreadingIds() throws Exception {
        ParsedMessage m = parse("""
                From: "Doe, John" <John.Doe@Example.test>
                To: support@example.test, =?UTF-8?Q?J=C3=BCrgen?= <j@example.test>
                Cc: Undisclosed-Recipient@UNKNOWN, undisclosed-recipients:;
                Reply-To: replies@example.test (Replies Desk)
                Subject: =?ISO-8859-1?Q?Gr=FC=DFe?= =?ISO-8859-1?Q?_aus_Bern?=
                Message-ID: <m1@example.test>
                In-Reply-To: <er.12.3.xyz@example.test>
                References: <a@x>
                 <er.12.3.xyz@example.test>
                Date: Fri, 27 Nov 2026 10:00:00 +0100

                Body text
                """);
        assertEquals(new MailAddress("John.Doe@Example.test", "Doe, John"), m.from());
        assertEquals(List.of(new MailAddress("support@example.test", null), new MailAddress("j@example.test", "Jürgen")), m.to());
        assertEquals(List.of(new MailAddress("Undisclosed-Recipient@UNKNOWN", null)), m.cc());
        assertEquals(new MailAddress("replies@example.test", "Replies Desk"), m.replyAddress());
        assertEquals("Grüße aus Bern", m.subject());
        assertEquals("<m1@example.test>", m.messageId());
        assertEquals("<er.12.3.xyz@example.test>", m.inReplyTo());
        assertEquals(List.of("<a@x>", "<er.12.3.xyz@example.test>"), m.references());
        assertEquals(Instant.parse("2026-11-27T09:00:00Z"), m.sentDate());
        assertEquals("Body text\r\n", m.textBody());
        assertEquals("Grüße aus Bern", m.header("subject"));
        assertEquals(List.of(), m.problems());
    }

    @Test
    void readsMultipartAlternativeWithAttachmentsAndTnef() throws Exception {
        String pdf = Base64.getMimeEncoder().encodeToString("%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII));
        ParsedMessage m = parse("""
                From: a@example.test
                Subject: report
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                preamble
                --outer
                Content-Type: multipart/related; boundary=rel

                --rel
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: quoted-printable

                Gr=C3=BC=C3=9Fe, see the =
                attachment.
                --alt
                Content-Type: text/html; charset=utf-8

                <p>Hi <img src="cid:logo@x"></p>
                --alt--
                --rel
                Content-Type: image/png
                Content-ID: <logo@x>
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --rel--
                --outer
                Content-Type: application/pdf; name="=?UTF-8?B?UmVjaG51bmcgw6QucGRm?="
                Content-Disposition: attachment
                Content-Transfer-Encoding: base64

                """ + pdf + """

                --outer
                Content-Type: application/ms-tnef
                Content-Disposition: attachment; filename*=UTF-8''winmail.dat

                TNEF
                --outer--
                """);
        assertEquals("Grüße, see the attachment.", m.textBody().strip());
        assertTrue(m.htmlBody().contains("<img src=\"cid:logo@x\">"));
        assertEquals("multipart/mixed", m.contentType());
        assertEquals(3, m.attachments().size());
        ParsedAttachment logo = m.attachments().get(0);
        assertEquals("image/png", logo.contentType());
        assertTrue(logo.inline());
        assertEquals("logo@x", logo.contentId());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, logo.bytes());
        ParsedAttachment invoice = m.attachments().get(1);
        assertEquals("Rechnung ä.pdf", invoice.name());
        assertEquals("%PDF-1.4 fake", new String(invoice.bytes(), StandardCharsets.US_ASCII));
        assertFalse(invoice.inline());
        assertTrue(m.attachments().get(2).tnef());
        assertEquals("winmail.dat", m.attachments().get(2).name());
        assertEquals(List.of(), m.problems());
    }

    @Test
    void unknownCharsetsAreGuessedAndReported() throws Exception {
        byte[] raw = ("From: x@example.test\r\nSubject: =?DEFAULT_CHARSET?Q?Caf=E9?= and =?x-unknown?B?"
                + Base64.getEncoder().encodeToString("né".getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "Content-Type: text/plain; charset=DEFAULT_CHARSET\r\n\r\nd\u00e9j\u00e0 vu\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        ParsedMessage m = MimeParser.parse(raw);
        assertEquals("Café and né", m.subject());
        assertEquals("déjà vu\r\n", m.textBody());
        assertTrue(m.problems().stream().anyMatch(p -> p.contains("DEFAULT_CHARSET")), m.problems().toString());
    }

    @Test
    void eightBitHeadersAreReadAsUtf8WhenValidElseWindows1252() throws Exception {
        byte[] utf8 = "From: Zoë <z@example.test>\r\nSubject: Größe\r\n\r\nx".getBytes(StandardCharsets.UTF_8);
        byte[] latin = "From: Zoë <z@example.test>\r\nSubject: Größe\r\n\r\nx".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Größe", MimeParser.parse(utf8).subject());
        assertEquals("Größe", MimeParser.parse(latin).subject());
        assertEquals("Zoë", MimeParser.parse(latin).from().displayName());
    }

    @Test
    void badBase64AndMissingBoundariesDoNotLoseTheText() throws Exception {
        ParsedMessage m = parse("""
                From: x@example.test
                Content-Type: multipart/mixed; boundary="never-used"

                just some text, the boundary never comes
                """);
        assertTrue(m.textBody().contains("just some text"));
        assertFalse(m.problems().isEmpty());
        ParsedMessage noParam = parse("""
                From: x@example.test
                Content-Type: multipart/alternative

                --guess
                Content-Type: text/plain

                found by guessing
                --guess--
                """);
        assertEquals("found by guessing", noParam.textBody());
        ParsedMessage b64 = parse("""
                From: x@example.test
                Content-Transfer-Encoding: base64

                SGVsbG8g!!d29y
                bGQ=
                _______________________________________________
                List footer http://lists.example.test/
                """);
        assertEquals("Hello world", b64.textBody());
        assertTrue(b64.problems().stream().anyMatch(p -> p.contains("base64")), b64.problems().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Fri, 27 Nov 2026 10:00:00 +0100|2026-11-27T09:00:00Z",
        "Mon, 2 Sep 2002 13:11:05 +-0700|2002-09-02T20:11:05Z",
        "Tue, 3 Sep 2002 08:00:00 US Mountain Standard Time|2002-09-03T15:00:00Z",
        "2 Sep 02 13:11 EDT|2002-09-02T17:11:00Z",
        "Mon Sep  2 13:11:05 2002|2002-09-02T13:11:05Z",
        "Sun, 01 Sep 2002 10:30:00 PM -0400|2002-09-02T02:30:00Z",
        "2002/09/14 Sat 10:00:00 GMT|2002-09-14T10:00:00Z",
        "Thu, 29 Aug 2002 09:00:00 +0000 (GMT)|2002-08-29T09:00:00Z"})
    void readsRealWorldDates(String header, String expected) throws Exception {
        assertEquals(Instant.parse(expected), parse("From: x@y\nDate: " + header + "\n\nx").sentDate());
    }

    @Test
    void unreadableDateIsNullAndReported() throws Exception {
        ParsedMessage m = parse("From: x@y\nDate: sometime soon\n\nx");
        assertNull(m.sentDate());
        assertTrue(m.problems().stream().anyMatch(p -> p.contains("sometime soon")));
    }

    @Test
    void htmlOnlyMailHasReadableText() throws Exception {
        ParsedMessage m = parse("""
                From: x@example.test
                Content-Type: text/html; charset=iso-8859-1

                <html><head><style>p{color:red}</style></head><body><p>Hello&nbsp;there,</p><p>price: 5&euro; &amp; more<br>bye</p><script>alert(1)</script></body></html>
                """);
        assertNull(m.textBody());
        assertEquals("Hello there,\n\nprice: 5€ & more\nbye", m.bestText());
    }

    @Test
    void mboxFromLineAndMissingBlankLineAreTolerated() throws Exception {
        ParsedMessage m = parse("From someone Mon Sep 2 2002\nFrom: x@example.test\nSubject: s\nno blank line here\n");
        assertEquals("s", m.subject());
        assertEquals("no blank line here\r\n", m.textBody());
    }

    @Test
    void nothingUsableIsUnparseable() {
        assertThrows(UnparseableMessageException.class, () -> MimeParser.parse(new byte[0]));
        assertThrows(UnparseableMessageException.class, () -> MimeParser.parse("\r\n\r\nonly a body".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(UnparseableMessageException.class, () -> MimeParser.parse(new byte[] {0, 1, 2, (byte) 0xff, 10}));
    }

    @Test
    void theMessageIdAndTheRawHeaderSectionAreReadableOnTheirOwn() {
        byte[] raw = "Subject: s\r\nMessage-ID:\r\n <a1@example.test>\r\n\r\nbody\r\nX: not a header\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("<a1@example.test>", MimeParser.messageId(raw), "a folded Message-ID header");
        assertEquals("Subject: s\r\nMessage-ID:\r\n <a1@example.test>\r", MimeParser.headerSection(raw));
        byte[] latin1 = "Subject: caf\u00e9\n\nx".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Subject: caf\u00e9", MimeParser.headerSection(latin1), "every byte survives");
        assertNull(MimeParser.messageId("no header at all".getBytes(StandardCharsets.US_ASCII)));
        assertNull(MimeParser.messageId(new byte[0]));
    }

    @Test
    void addressListsAreReadLeniently() {
        assertEquals(List.of(new MailAddress("jane@example.test", "Doe, Jane"), new MailAddress("bob@example.test", null)),
                MailAddress.parseList("\"Doe, Jane\" <jane@example.test>, bob@example.test"));
        assertEquals(List.of(), MailAddress.parseList(null));
        assertEquals(List.of(), MailAddress.parseList("  "));
    }

    @Test
    void deliveryReportKeepsTheOriginalMessageAsAttachment() throws Exception {
        ParsedMessage m = parse("""
                From: MAILER-DAEMON@example.test
                Subject: Undelivered Mail Returned to Sender
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                I'm sorry to have to inform you that your message could not be delivered.
                --b
                Content-Type: message/delivery-status

                Final-Recipient: rfc822; nobody@example.test
                Action: failed
                --b
                Content-Type: message/rfc822

                From: support@example.test
                Message-ID: <er.5.1.abc@example.test>
                Subject: Re: your order

                text
                --b--
                """);
        assertEquals("multipart/report", m.contentType());
        assertEquals(List.of("message/delivery-status", "message/rfc822"),
                m.attachments().stream().map(ParsedAttachment::contentType).toList());
        assertTrue(new String(m.attachments().get(1).bytes(), StandardCharsets.US_ASCII).contains("<er.5.1.abc@example.test>"));
    }

    @Test
    void rfc2231ContinuationsAndDigestDefaults() throws Exception {
        ParsedMessage m = parse("""
                From: x@example.test
                Content-Type: multipart/mixed; boundary=b

                --b
                Content-Type: application/octet-stream
                Content-Disposition: attachment; filename*0*=UTF-8''%C3%9Cbersicht%20;
                 filename*1="Q3 2026.xlsx"

                data
                --b
                Content-Type: multipart/digest; boundary=d

                --d

                From: inner@example.test
                Subject: digest entry

                entry
                --d--
                --b--
                """);
        assertEquals("Übersicht Q3 2026.xlsx", m.attachments().get(0).name());
        assertEquals("message/rfc822", m.attachments().get(1).contentType(), "digest parts default to message/rfc822");
        assertEquals(List.of(), m.problems());
    }

    @Test
    void hostileNestingIsBoundedNotFatal() throws Exception {
        StringBuilder sb = new StringBuilder("From: x@example.test\nContent-Type: multipart/mixed; boundary=b0\n\n");
        for (int i = 1; i < 3000; i++) {
            sb.append("--b").append(i - 1).append("\nContent-Type: multipart/mixed; boundary=b").append(i).append("\n\n");
        }
        ParsedMessage m = parse(sb.toString());
        assertTrue(m.problems().stream().anyMatch(p -> p.contains("nested")), m.problems().toString());
    }
}
