package org.emailresponder.mail.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.emailresponder.mail.AutoReplyClassifier;
import org.emailresponder.mail.AutoReplyClassifier.Kind;
import org.emailresponder.mail.AutoReplyClassifier.Verdict;
import org.emailresponder.mail.FloodGuard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AutoReplyClassifierTest {

    private static Verdict classify(String headers) throws Exception {
        return AutoReplyClassifier.classify(MimeParserTest.parse(headers + "\n\nbody\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "From: a@example.test\\nAuto-Submitted: auto-replied|AUTO_REPLY|Auto-Submitted",
        "From: a@example.test\\nAuto-Submitted: auto-generated|AUTO_REPLY|Auto-Submitted",
        "From: a@example.test\\nPrecedence: auto_reply|AUTO_REPLY|Precedence",
        "From: a@example.test\\nX-Autoreply: yes|AUTO_REPLY|X-Autoreply",
        "From: a@example.test\\nX-Autorespond: 1|AUTO_REPLY|X-Autorespond",
        "From: a@example.test\\nX-Auto-Response-Suppress: All|AUTO_REPLY|X-Auto-Response-Suppress",
        "From: a@example.test\\nReturn-Path: <>|AUTO_REPLY|null return path",
        "From: a@example.test\\nSubject: Out of Office: back Monday|AUTO_REPLY|subject",
        "From: a@example.test\\nSubject: Automatic reply: your order|AUTO_REPLY|subject",
        "From: a@example.test\\nSubject: AW: Abwesenheitsnotiz|AUTO_REPLY|subject",
        "From: a@example.test\\nPrecedence: bulk|BULK|Precedence",
        "From: a@example.test\\nPrecedence: list|BULK|Precedence",
        "From: a@example.test\\nList-Id: <fork.xent.com>|BULK|List-Id",
        "From: a@example.test\\nList-Unsubscribe: <mailto:u@x>|BULK|List-Unsubscribe",
        "From: MAILER-DAEMON@mx.example.test\\nSubject: failure notice|BOUNCE|mailer-daemon",
        "From: postmaster@example.test\\nSubject: hello|BOUNCE|postmaster",
        "From: x@example.test\\nSubject: Undelivered Mail Returned to Sender|BOUNCE|bounce subject"})
    void recognisesAutomaticMail(String headers, Kind kind, String reasonPart) throws Exception {
        Verdict v = classify(headers.replace("\\n", "\n"));
        assertEquals(kind, v.kind(), v.reasons().toString());
        assertTrue(v.isAutomatic());
        assertTrue(v.reasons().stream().anyMatch(r -> r.toLowerCase().contains(reasonPart.toLowerCase())), v.reasons().toString());
    }

    @Test
    void personalMailIsNone() throws Exception {
        Verdict v = classify("From: Jane <jane@example.test>\nSubject: Re: my order 4711 is late\nAuto-Submitted: no\n"
                + "Precedence: normal");
        assertEquals(Kind.NONE, v.kind());
        assertFalse(v.isAutomatic());
        assertEquals(List.of(), v.reasons());
        assertNull(v.originalMessageId());
    }

    @Test
    void deliveryStatusNotificationNamesTheOriginalMessage() throws Exception {
        Verdict v = AutoReplyClassifier.classify(MimeParserTest.parse("""
                From: Mail Delivery System <MAILER-DAEMON@mx.example.test>
                Subject: Undelivered Mail Returned to Sender
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                This is the mail system.
                --b
                Content-Type: message/delivery-status

                Final-Recipient: rfc822; nobody@example.test
                --b
                Content-Type: text/rfc822-headers

                From: support@example.test
                Message-ID: <er.5.1.abc@example.test>
                --b--
                """));
        assertEquals(Kind.BOUNCE, v.kind());
        assertEquals("<er.5.1.abc@example.test>", v.originalMessageId());
        assertTrue(v.reasons().stream().anyMatch(r -> r.contains("report-type=delivery-status")), v.reasons().toString());
    }

    @Test
    void plainTextBounceStillYieldsTheOriginalId() throws Exception {
        Verdict v = classify("From: MAILER-DAEMON@old.example.test\nSubject: Returned mail: User unknown\n\n"
                + "----- Original message -----\nMessage-ID: <q1@example.test>\nSubject: hi");
        assertEquals(Kind.BOUNCE, v.kind());
        assertEquals("<q1@example.test>", v.originalMessageId());
    }

    @Test
    void floodGuardStopsAnsweringAboveTheLimitWithinTheWindow() {
        FloodGuard guard = new FloodGuard(3, Duration.ofMinutes(10));
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        assertFalse(guard.floods(3));
        assertTrue(guard.floods(4));
        List<Instant> times = List.of(now.minusSeconds(30), now.minusSeconds(60), now.minusSeconds(90), now.minusSeconds(3600));
        assertFalse(guard.floods(times, now), "the hour-old message is outside the window");
        assertTrue(guard.floods(List.of(now, now.minusSeconds(1), now.minusSeconds(2), now.minusSeconds(3)), now));
        assertEquals(now.minus(Duration.ofMinutes(10)), guard.windowStart(now));
        assertTrue(FloodGuard.defaults().maxMessages() > 1);
    }
}
