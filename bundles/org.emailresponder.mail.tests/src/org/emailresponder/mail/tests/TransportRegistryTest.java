package org.emailresponder.mail.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailTransport;
import org.emailresponder.mail.MailUrls;
import org.emailresponder.mail.TransportRegistry;
import org.emailresponder.mail.internal.ImapTransport;
import org.emailresponder.mail.internal.Pop3Transport;
import org.emailresponder.mail.internal.SmtpTransport;
import org.junit.jupiter.api.Test;

class TransportRegistryTest {

    private final TransportRegistry registry = TransportRegistry.getDefault();

    @Test
    void builtInTransportsServeTheirSchemesIncludingStarttlsVariants() {
        assertInstanceOf(ImapTransport.class, registry.forScheme("imaps").orElseThrow());
        assertInstanceOf(ImapTransport.class, registry.forScheme("IMAP+starttls").orElseThrow());
        assertInstanceOf(Pop3Transport.class, registry.forScheme("pop3").orElseThrow());
        assertInstanceOf(SmtpTransport.class, registry.forScheme("smtps").orElseThrow());
    }

    @Test
    void stubFromTheTestFragmentIsFoundThroughTheRealRegistryAndCreatedOnce() throws Exception {
        MailTransport stub = registry.forScheme("stub").orElseThrow();
        assertInstanceOf(StubTransport.class, stub);
        assertTrue(registry.forScheme("stubs").orElseThrow() == stub, "one instance serves all its schemes");
        assertEquals(1, StubTransport.created);
        MailEndpoint endpoint = new MailEndpoint("stub", "h", 1, null, null, null, false);
        MailException e = assertThrows(MailException.class, () -> registry.openIncoming(endpoint, null));
        assertEquals(MailException.Kind.CONNECTION, e.kind());
    }

    @Test
    void brokenContributionIsDisabledWithoutHarmingTheOthers() {
        assertEquals(Optional.empty(), registry.forScheme("broken"));
        assertTrue(registry.descriptors().stream().anyMatch(d -> d.id().endsWith("broken") && d.isBroken()));
        assertTrue(registry.forScheme("imap").isPresent());
    }

    @Test
    void unknownSchemeIsAProtocolError() {
        MailEndpoint endpoint = new MailEndpoint("gopher", "h", 1, null, null, null, false);
        assertEquals(MailException.Kind.PROTOCOL,
                assertThrows(MailException.class, () -> registry.transportFor(endpoint)).kind());
        assertTrue(MailUrls.parse("imap://h", null).folder().equals("INBOX"));
    }
}
