package org.emailresponder.mail.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.emailresponder.mail.SenderBlocklist;
import org.emailresponder.mail.SenderBlocklist.Entry;
import org.emailresponder.mail.SenderBlocklist.Kind;
import org.emailresponder.mail.SubjectTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThreadingAndBlocklistTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Re: Your order [ER#42]|42", "AW: WG: Fwd: RE: Your order [ER#42]|42", "[ER#7] question|7",
        "Re: [ER#12x] not a tag|-1", "Re: [#ER-12] another product's tag|-1", "Order 42|-1"})
    void subjectTagIsFoundAnywhereInTheSubject(String subject, long expected) {
        assertEquals(expected < 0 ? OptionalLong.empty() : OptionalLong.of(expected), SubjectTag.parse(subject));
    }

    @Test
    void aReplySubjectGetsTheTagOnceAndKeepsOneTheAgentWrote() {
        assertEquals("Re: Your order [ER#42]", SubjectTag.tagged("Re: Your order", 42));
        assertEquals("Re: Your order [ER#42]", SubjectTag.tagged("  Re: Your order [ER#42] ", 42));
        assertEquals("Moved [ER#7]", SubjectTag.tagged("Moved [ER#7]", 42), "an existing tag is the agent's choice");
        assertEquals("[ER#5]", SubjectTag.tagged(null, 5));
        assertEquals(OptionalLong.of(9), SubjectTag.parse(SubjectTag.format(9)));
    }

    @Test
    void blocklistMatchesAddressesDomainsWithSubdomainsAndPatterns() {
        SenderBlocklist list = new SenderBlocklist(List.of(new Entry(Kind.ADDRESS, "Spammer@Example.test"),
                new Entry(Kind.DOMAIN, "spam.test"), new Entry(Kind.DOMAIN, "@bad.test"),
                new Entry(Kind.PATTERN, "*@promo.*"), new Entry(Kind.PATTERN, "re:^noreply-\\d+@")));
        assertTrue(list.isBlocked("spammer@example.TEST"));
        assertFalse(list.isBlocked("other@example.test"));
        assertTrue(list.isBlocked("x@spam.test"));
        assertTrue(list.isBlocked("x@mx1.eu.spam.test"), "subdomains are blocked with their domain");
        assertFalse(list.isBlocked("x@notspam.test"), "a domain is not a suffix of another name");
        assertTrue(list.isBlocked("y@bad.test"));
        assertTrue(list.isBlocked("deals@Promo.example.com"));
        assertFalse(list.isBlocked("deals@promotion.example.com".replace("promotion", "pro-motion")));
        assertTrue(list.isBlocked("NoReply-123@shop.test"));
        assertFalse(list.isBlocked("noreply@shop.test"));
        assertEquals(Kind.DOMAIN, list.match("a@spam.test").orElseThrow().kind());
        assertFalse(list.isBlocked(null));
    }

    @Test
    void invalidPatternIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SenderBlocklist(List.of(new Entry(Kind.PATTERN, "re:([unclosed"))));
        assertTrue(e.getMessage().contains("([unclosed"), e.getMessage());
    }

    @Test
    void thousandsOfEntriesStayFast() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            entries.add(new Entry(Kind.ADDRESS, "user" + i + "@example.test"));
            entries.add(new Entry(Kind.DOMAIN, "spam" + i + ".test"));
        }
        SenderBlocklist list = new SenderBlocklist(entries);
        long start = System.nanoTime();
        int blocked = 0;
        for (int i = 0; i < 100_000; i++) {
            blocked += list.isBlocked("someone" + (i % 10) + "@mail.spam" + (i % 9000) + ".test") ? 1 : 0;
        }
        long micros = (System.nanoTime() - start) / 1000;
        assertEquals(100_000 / 9000 * 5000 + Math.min(100_000 % 9000, 5000), blocked);
        assertTrue(micros < 2_000_000, "100,000 lookups took " + micros + " us");
    }
}
