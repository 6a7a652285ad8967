package org.emailresponder.analysis;

import java.util.Optional;

/**
 * Finds the contact behind an e-mail address. The analysis bundle ships a small JDBC implementation; the contacts
 * bundle (or a partner CRM) can supply a better one through {@link MessageAnalysis#setContactLookup}.
 */
public interface ContactLookup {

    /** The contact that owns this address (compared case-insensitively), if any. */
    Optional<ContactMatch> find(String emailAddress);

    /**
     * Creates a proposed contact (to be confirmed by an agent) for an unknown sender and returns its id; returns the
     * existing contact's id when the address is already known.
     */
    long propose(String emailAddress, String displayName);

    /** A contact found by address. @param language preferred language, or null */
    record ContactMatch(long contactId, String language) {
    }
}
