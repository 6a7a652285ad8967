package org.emailresponder.contacts;

/** What an import does with a contact whose address is already known (stored, or in an earlier row). */
public enum DuplicatePolicy {
    /** Fill the known contact with the row's non-empty values and add its other addresses. */
    MERGE,
    /** Reject the row, naming the contact that owns the address. */
    REJECT
}
