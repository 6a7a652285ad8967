package org.emailresponder.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emailresponder.search.bench.ListLeakStripper;
import org.junit.jupiter.api.Test;

class ListLeakStripperTest {

    @Test
    void removesSubjectTags() {
        assertEquals("Re: Kernel panic", ListLeakStripper.subject("Re: [ILUG] Kernel panic"));
        assertEquals("Re: new rule", ListLeakStripper.subject("[SAtalk] Re: [SAdev] new rule"));
    }

    @Test
    void removesMailmanSourceforgeAndIlugFooters() {
        String body = """
                The pick command works for me.

                kre

                -------------------------------------------------------
                This sf.net email is sponsored by: ThinkGeek
                http://thinkgeek.com/sf
                _______________________________________________
                Exmh-workers mailing list
                Exmh-workers@redhat.com
                https://listman.redhat.com/mailman/listinfo/exmh-workers
                """;
        assertEquals("The pick command works for me.\n\nkre", ListLeakStripper.body(body));

        String ilug = "It worked with dump.\n\nKate\n\n-- \nIrish Linux Users' Group: ilug@linux.ie\n"
                + "http://www.linux.ie/mailman/listinfo/ilug for (un)subscription information.\n"
                + "List maintainer: listmaster@linux.ie\n";
        assertEquals("It worked with dump.\n\nKate", ListLeakStripper.body(ilug));
    }

    @Test
    void removesQuotedHeadersThatNameTheList() {
        String body = """
                Try lilo -R.
                -----Original Message-----
                From: Niall O Broin [mailto:niall@example.ie]
                To: ilug@linux.ie
                Subject: [ILUG] OSI protocol
                --- In forteana@y..., "D.McMann" <dmcmann@b...> wrote:
                > Cc: exmh-workers@redhat.com
                I'm cc'ing the exmh-workers list.
                """;
        String stripped = ListLeakStripper.body(body);
        assertFalse(stripped.contains("ilug@") || stripped.contains("[ILUG]") || stripped.contains("forteana")
                || stripped.contains("exmh-workers@"), stripped);
        assertTrue(stripped.contains("Subject:   OSI protocol"), stripped);
        assertTrue(stripped.contains("From: Niall O Broin"), "people stay: " + stripped);
        assertTrue(stripped.endsWith("I'm cc'ing the exmh-workers list."), "what people wrote stays: " + stripped);
    }

    @Test
    void removesQuotedFootersAndYahooBlocksButKeepsText() {
        String body = """
                I agree with Tony.
                > Cheers
                > _______________________________________________
                > Exmh-users mailing list
                > Exmh-users@redhat.com
                > https://listman.redhat.com/mailman/listinfo/exmh-users

                ------------------------ Yahoo! Groups Sponsor ---------------------~-->
                4 DVDs Free
                ---------------------------------------------------------------------~->

                To unsubscribe from this group, send an email to:
                forteana-unsubscribe@egroups.com
                http://xent.com/mailman/listinfo/fork
                """;
        String stripped = ListLeakStripper.body(body);
        assertTrue(stripped.startsWith("I agree with Tony.\n> Cheers"), stripped);
        assertFalse(stripped.toLowerCase().contains("exmh"), stripped);
        assertFalse(stripped.contains("forteana") || stripped.contains("Yahoo") || stripped.contains("xent"), stripped);
    }
}
