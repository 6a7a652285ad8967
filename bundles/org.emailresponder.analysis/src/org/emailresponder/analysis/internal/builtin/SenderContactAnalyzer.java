package org.emailresponder.analysis.internal.builtin;

import java.util.Optional;

import org.emailresponder.analysis.ContactLookup;
import org.emailresponder.analysis.ContactLookup.ContactMatch;
import org.emailresponder.analysis.FactKeys;
import org.emailresponder.analysis.spi.AnalysisContext;
import org.emailresponder.analysis.spi.Analyzer;

/** Finds the contact that owns the sender address; an unknown sender is reported as {@code contact.unknown}. */
public final class SenderContactAnalyzer implements Analyzer {

    @Override
    public void analyze(AnalysisContext context) {
        String address = context.input().fromAddress();
        Optional<ContactLookup> lookup = context.service(ContactLookup.class);
        if (address.isEmpty() || lookup.isEmpty()) {
            return;
        }
        Optional<ContactMatch> match = lookup.get().find(address);
        if (match.isEmpty()) {
            context.add(FactKeys.CONTACT_UNKNOWN, address, 1.0);
            return;
        }
        context.add(FactKeys.CONTACT_ID, Long.toString(match.get().contactId()), 1.0);
        if (match.get().language() != null && !match.get().language().isBlank()) {
            context.add(FactKeys.CONTACT_LANGUAGE, match.get().language(), 1.0);
        }
    }
}
