package org.emailresponder.mail;

import java.util.List;
import java.util.Locale;

import org.emailresponder.mail.internal.mime.Addresses;

/**
 * One mailbox of an address header. {@code address} is as written (it may be odd, e.g.
 * {@code Undisclosed-Recipient@UNKNOWN}); {@code displayName} is decoded, or null.
 */
public record MailAddress(String address, String displayName) {

    /**
     * The mailboxes of an address list such as {@code Jane Doe <jane@example.test>, bob@example.test}, read as leniently
     * as received mail is; what cannot be read as an address is skipped. Null or blank gives an empty list.
     */
    public static List<MailAddress> parseList(String value) {
        return List.copyOf(Addresses.parse(value, null));
    }

    /** The address in lower case, for comparisons and lookups. */
    public String normalized() {
        return address == null ? "" : address.toLowerCase(Locale.ROOT);
    }

    /** The part after the last @, lower case, or "" when there is none. */
    public String domain() {
        String a = normalized();
        int at = a.lastIndexOf('@');
        return at < 0 ? "" : a.substring(at + 1);
    }

    @Override
    public String toString() {
        return displayName == null || displayName.isEmpty() ? address : displayName + " <" + address + ">";
    }
}
