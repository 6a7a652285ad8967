package org.emailresponder.analysis;

/** The fact keys the built-in analyzers write; partners may add their own (use a dotted prefix of your own). */
public final class FactKeys {
    /** Id of the known contact that sent the message (value: decimal id). */
    public static final String CONTACT_ID = "contact.id";
    /** Preferred language stored with the sender's contact. */
    public static final String CONTACT_LANGUAGE = "contact.language";
    /** The sender address when no contact has it (a candidate for a proposed contact). */
    public static final String CONTACT_UNKNOWN = "contact.unknown";
    /** ISO 639-1 code of the message language. */
    public static final String LANGUAGE = "language";
    /** Code of a product named in the message (span: where it was named). */
    public static final String PRODUCT = "product";
    /** An order number (span: where it stands). */
    public static final String ORDER_NUMBER = "order.number";
    /** An invoice number (span: where it stands). */
    public static final String INVOICE_NUMBER = "invoice.number";
    /** A category, best first; several facts when the classifier is unsure. */
    public static final String CATEGORY = "category";
    /** auto_reply, bounce, loop, list or bulk: the message was not written by a person for us. */
    public static final String AUTO_KIND = "auto.kind";
    /** One header or pattern that made the auto kind (value: "Header: value"). */
    public static final String AUTO_SIGNAL = "auto.signal";

    private FactKeys() {
    }
}
