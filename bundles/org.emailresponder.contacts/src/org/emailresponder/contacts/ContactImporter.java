package org.emailresponder.contacts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.emailresponder.contacts.spi.ContactSource;
import org.emailresponder.contacts.spi.ContactSource.SourceInput;
import org.emailresponder.contacts.spi.ImportBatch;
import org.emailresponder.contacts.spi.RejectedRow;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;

/**
 * Stores what a {@link ContactSource} read, row by row: a bad row is reported and the others still go in.
 * Permissions are those of {@link ContactDirectory} and {@link ProductCatalog}.
 */
public final class ContactImporter {
    private final ContactDirectory contacts;
    private final ProductCatalog products;

    public ContactImporter(ContactDirectory contacts, ProductCatalog products) {
        this.contacts = contacts;
        this.products = products;
    }

    public ImportReport importContacts(UserSession session, ContactSource source, SourceInput input, DuplicatePolicy policy)
            throws IOException {
        return importContacts(session, source.readContacts(input), policy);
    }

    public ImportReport importProducts(UserSession session, ContactSource source, SourceInput input, DuplicatePolicy policy)
            throws IOException {
        return importProducts(session, source.readProducts(input), policy);
    }

    public ImportReport importContacts(UserSession session, ImportBatch<ContactData> batch, DuplicatePolicy policy) {
        List<RejectedRow> rejected = new ArrayList<>(batch.rejected());
        Map<Long, Integer> rowOfContact = new HashMap<>();
        int created = 0;
        int merged = 0;
        for (ImportBatch.Row<ContactData> row : batch.rows()) {
            try {
                Set<ContactData> owners = owners(session, row.value());
                if (owners.size() > 1) {
                    throw new ValidationException("its addresses belong to different contacts "
                            + owners.stream().map(c -> describe(c, rowOfContact)).toList());
                }
                if (owners.isEmpty()) {
                    rowOfContact.put(contacts.create(session, row.value()).id(), row.row());
                    created++;
                } else if (policy == DuplicatePolicy.MERGE) {
                    contacts.update(session, merge(owners.iterator().next(), row.value()));
                    merged++;
                } else {
                    throw new ValidationException("address already belongs to " + describe(owners.iterator().next(), rowOfContact));
                }
            } catch (ValidationException e) {
                rejected.add(new RejectedRow(row.row(), e.getMessage()));
            }
        }
        rejected.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new ImportReport(created, merged, rejected);
    }

    public ImportReport importProducts(UserSession session, ImportBatch<ProductData> batch, DuplicatePolicy policy) {
        List<RejectedRow> rejected = new ArrayList<>(batch.rejected());
        int created = 0;
        int merged = 0;
        for (ImportBatch.Row<ProductData> row : batch.rows()) {
            try {
                Optional<ProductData> known = row.value().code() == null ? Optional.empty()
                        : products.findByCode(session, row.value().code());
                if (known.isEmpty()) {
                    products.create(session, row.value());
                    created++;
                } else if (policy == DuplicatePolicy.MERGE) {
                    products.update(session, merge(known.get(), row.value()));
                    merged++;
                } else {
                    throw new ValidationException("product code " + known.get().code() + " already exists");
                }
            } catch (ValidationException e) {
                rejected.add(new RejectedRow(row.row(), e.getMessage()));
            }
        }
        rejected.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new ImportReport(created, merged, rejected);
    }

    private Set<ContactData> owners(UserSession session, ContactData row) {
        Set<ContactData> owners = new LinkedHashSet<>();
        for (String address : row.addresses()) {
            contacts.findByAddress(session, address).ifPresent(owners::add);
        }
        return owners;
    }

    private static String describe(ContactData c, Map<Long, Integer> rowOfContact) {
        Integer row = rowOfContact.get(c.id());
        return "contact " + c.id() + " (" + c.fullName() + (row == null ? "" : ", imported from row " + row) + ")";
    }

    static ContactData merge(ContactData known, ContactData row) {
        List<String> addresses = new ArrayList<>(known.addresses());
        addresses.addAll(row.addresses());
        Map<String, String> fields = new LinkedHashMap<>(known.customFields());
        fields.putAll(row.customFields());
        return new ContactData(known.id(), pick(row.firstName(), known.firstName()), pick(row.lastName(), known.lastName()),
                pick(row.company(), known.company()), pick(row.phone(), known.phone()), pick(row.language(), known.language()),
                pick(row.notes(), known.notes()), addresses, fields, known.proposed() && row.proposed());
    }

    static ProductData merge(ProductData known, ProductData row) {
        List<String> aliases = new ArrayList<>(known.aliases());
        aliases.addAll(row.aliases());
        List<String> links = new ArrayList<>(known.links());
        links.addAll(row.links());
        Map<String, String> fields = new LinkedHashMap<>(known.customFields());
        fields.putAll(row.customFields());
        return new ProductData(known.id(), pick(row.name(), known.name()), known.code(), aliases,
                pick(row.description(), known.description()), links, fields);
    }

    private static String pick(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }
}
