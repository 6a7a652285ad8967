package org.emailresponder.mail.tests;

import java.util.Set;

import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailSecurity;
import org.emailresponder.mail.MailTransport;
import org.emailresponder.mail.OutgoingMailer;

/** Contributed by fragment.xml; counts how often the registry created it. */
public class StubTransport implements MailTransport {

    static volatile int created;

    public StubTransport() {
        created++;
    }

    @Override
    public Set<String> schemes() {
        return Set.of("stub", "stubs");
    }

    @Override
    public IncomingMailbox openIncoming(MailEndpoint endpoint, MailSecurity security) throws MailException {
        throw new MailException(MailException.Kind.CONNECTION, "stub cannot connect to " + endpoint, null);
    }

    @Override
    public OutgoingMailer openOutgoing(MailEndpoint endpoint, MailSecurity security) {
        throw new UnsupportedOperationException("stub");
    }
}
