package org.emailresponder.contacts.internal;

import java.util.ArrayList;
import java.util.List;

import org.emailresponder.contacts.ContactData;
import org.emailresponder.contacts.CustomFields;
import org.emailresponder.contacts.ProductData;
import org.emailresponder.store.model.Contact;
import org.emailresponder.store.model.Product;

/** Copies between the JPA entities and the records the services hand out. */
public final class ContactMapping {
    /** Aliases and links share one text column each, one value per line. */
    private static final String LIST_SEPARATOR = "\n";

    private ContactMapping() {
    }

    public static ContactData toData(Contact c) {
        List<String> addresses = new ArrayList<>(c.getAddresses());
        addresses.sort(null);
        return new ContactData(c.getId(), c.getFirstName(), c.getLastName(), c.getCompany(), c.getPhone(), c.getLanguage(),
                c.getNotes(), addresses, CustomFields.parse(c.getCustomFields()), c.isProposed());
    }

    public static void copy(ContactData d, Contact c) {
        c.setFirstName(blankToNull(d.firstName()));
        c.setLastName(blankToNull(d.lastName()));
        c.setCompany(blankToNull(d.company()));
        c.setPhone(blankToNull(d.phone()));
        c.setLanguage(blankToNull(d.language()));
        c.setNotes(blankToNull(d.notes()));
        c.setCustomFields(CustomFields.format(d.customFields()));
        c.setProposed(d.proposed());
        c.getAddresses().retainAll(d.addresses());
        c.getAddresses().addAll(d.addresses());
    }

    public static ProductData toData(Product p) {
        return new ProductData(p.getId(), p.getName(), p.getCode(), split(p.getAliases()), p.getDescription(),
                split(p.getLinks()), CustomFields.parse(p.getCustomFields()));
    }

    public static void copy(ProductData d, Product p) {
        p.setName(d.name().strip());
        p.setCode(d.code().strip());
        p.setAliases(join(d.aliases()));
        p.setDescription(blankToNull(d.description()));
        p.setLinks(join(d.links()));
        p.setCustomFields(CustomFields.format(d.customFields()));
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split(LIST_SEPARATOR));
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(LIST_SEPARATOR, values.stream().map(v -> v.replace('\n', ' ')).toList());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
