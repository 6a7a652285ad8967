package org.emailresponder.contacts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A contact as services exchange it. Addresses are stored lower case, so lookups ignore case.
 *
 * @param id null for a contact not stored yet
 * @param proposed true when the Manager created it from an unknown sender and nobody has confirmed it yet
 */
public record ContactData(Long id, String firstName, String lastName, String company, String phone, String language,
        String notes, List<String> addresses, Map<String, String> customFields, boolean proposed) {

    public ContactData {
        addresses = addresses == null ? List.of() : addresses.stream().map(ContactData::normalizeAddress)
                .filter(a -> !a.isEmpty()).distinct().toList();
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    /** A new, unsaved contact with one address. */
    public static ContactData of(String firstName, String lastName, String company, String... addresses) {
        return new ContactData(null, firstName, lastName, company, null, null, null, List.of(addresses), Map.of(), false);
    }

    /** "First Last", or whichever part exists, or the company, or the first address. */
    public String fullName() {
        String name = (nonNull(firstName) + " " + nonNull(lastName)).strip();
        if (!name.isEmpty()) {
            return name;
        }
        if (company != null && !company.isBlank()) {
            return company;
        }
        return addresses.isEmpty() ? "" : addresses.get(0);
    }

    public ContactData withId(Long newId) {
        return new ContactData(newId, firstName, lastName, company, phone, language, notes, addresses, customFields, proposed);
    }

    public ContactData withAddresses(List<String> newAddresses) {
        return new ContactData(id, firstName, lastName, company, phone, language, notes, newAddresses, customFields, proposed);
    }

    public ContactData withCustomFields(Map<String, String> fields) {
        return new ContactData(id, firstName, lastName, company, phone, language, notes, addresses, fields, proposed);
    }

    public ContactData withProposed(boolean isProposed) {
        return new ContactData(id, firstName, lastName, company, phone, language, notes, addresses, customFields, isProposed);
    }

    public static String normalizeAddress(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s.strip();
    }
}
