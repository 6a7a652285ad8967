package org.emailresponder.templates.internal;

/**
 * A text value from a variable provider. StringTemplate 4.3 writes the template's own literal text through the
 * String renderer too, so values get their own type: only they are escaped (HTML) or cleaned (headers).
 */
public record Text(String value) {
    @Override
    public String toString() {
        return value;
    }
}
