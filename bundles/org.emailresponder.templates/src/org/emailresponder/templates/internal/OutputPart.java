package org.emailresponder.templates.internal;

/** The part of a reply a template text renders into; decides how values are made safe. */
public enum OutputPart {
    /** The subject (and any other header): no line breaks. */
    HEADER("subject"),
    TEXT("text"),
    /** The HTML body: every value HTML-escaped. */
    HTML("html");

    private final String label;

    OutputPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
