package org.emailresponder.contacts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.emailresponder.contacts.ContactData;
import org.emailresponder.contacts.ProductData;
import org.emailresponder.contacts.spi.ContactSource;
import org.emailresponder.contacts.spi.ImportBatch;
import org.emailresponder.contacts.spi.RejectedRow;
import org.emailresponder.core.ValidationException;

/**
 * The built-in CSV source: UTF-8 (a BOM is skipped), a header row naming the columns, option {@code delimiter}
 * (default comma). Contacts: first name, last name, company, phone, language, notes, email (several separated by
 * ';' or ','); other columns become custom fields. Products: name, code (or SKU), aliases (separated by ';'),
 * description, links (separated by ';' or spaces); other columns become custom fields.
 */
public final class CsvContactSource implements ContactSource {
    static final Map<String, String> CONTACT_COLUMNS = Map.ofEntries(Map.entry("firstname", "firstName"),
            Map.entry("givenname", "firstName"), Map.entry("first", "firstName"), Map.entry("lastname", "lastName"),
            Map.entry("surname", "lastName"), Map.entry("familyname", "lastName"), Map.entry("last", "lastName"),
            Map.entry("company", "company"), Map.entry("organization", "company"), Map.entry("organisation", "company"),
            Map.entry("phone", "phone"), Map.entry("telephone", "phone"), Map.entry("language", "language"),
            Map.entry("notes", "notes"), Map.entry("note", "notes"), Map.entry("email", "email"),
            Map.entry("emails", "email"), Map.entry("emailaddress", "email"), Map.entry("emailaddresses", "email"),
            Map.entry("mail", "email"), Map.entry("addresses", "email"), Map.entry("proposed", "proposed"),
            Map.entry("id", "id"));
    static final Map<String, String> PRODUCT_COLUMNS = Map.ofEntries(Map.entry("name", "name"),
            Map.entry("productname", "name"), Map.entry("code", "code"), Map.entry("sku", "code"),
            Map.entry("productcode", "code"), Map.entry("aliases", "aliases"), Map.entry("alias", "aliases"),
            Map.entry("description", "description"), Map.entry("links", "links"), Map.entry("link", "links"),
            Map.entry("url", "links"), Map.entry("urls", "links"), Map.entry("id", "id"));

    @Override
    public ImportBatch<ContactData> readContacts(SourceInput input) throws IOException {
        return read(input, CONTACT_COLUMNS, CsvContactSource::contact, "email");
    }

    @Override
    public ImportBatch<ProductData> readProducts(SourceInput input) throws IOException {
        return read(input, PRODUCT_COLUMNS, CsvContactSource::product, "name", "code");
    }

    @Override
    public boolean canExport() {
        return true;
    }

    @Override
    public void writeContacts(List<ContactData> contacts, OutputStream out) throws IOException {
        TreeSet<String> custom = new TreeSet<>();
        contacts.forEach(c -> custom.addAll(c.customFields().keySet()));
        List<String> header = new ArrayList<>(List.of("first_name", "last_name", "company", "phone", "language", "notes", "email"));
        header.addAll(custom);
        List<List<String>> rows = new ArrayList<>(List.of(header));
        for (ContactData c : contacts) {
            List<String> row = new ArrayList<>(List.of(nz(c.firstName()), nz(c.lastName()), nz(c.company()), nz(c.phone()),
                    nz(c.language()), nz(c.notes()), String.join("; ", c.addresses())));
            custom.forEach(name -> row.add(c.customFields().getOrDefault(name, "")));
            rows.add(row);
        }
        write(rows, out);
    }

    @Override
    public void writeProducts(List<ProductData> products, OutputStream out) throws IOException {
        TreeSet<String> custom = new TreeSet<>();
        products.forEach(p -> custom.addAll(p.customFields().keySet()));
        List<String> header = new ArrayList<>(List.of("name", "code", "aliases", "description", "links"));
        header.addAll(custom);
        List<List<String>> rows = new ArrayList<>(List.of(header));
        for (ProductData p : products) {
            List<String> row = new ArrayList<>(List.of(p.name(), p.code(), String.join("; ", p.aliases()),
                    nz(p.description()), String.join("; ", p.links())));
            custom.forEach(name -> row.add(p.customFields().getOrDefault(name, "")));
            rows.add(row);
        }
        write(rows, out);
    }

    private static void write(List<List<String>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new Csv(',').write(rows, writer);
    }

    private static <T> ImportBatch<T> read(SourceInput input, Map<String, String> synonyms,
            BiFunction<CsvColumns, List<String>, T> mapper, String... required) throws IOException {
        if (input.data() == null) {
            throw new ValidationException("The CSV source needs a file to read");
        }
        List<Csv.Record> records = new Csv(delimiter(input)).read(new InputStreamReader(input.data(), StandardCharsets.UTF_8));
        if (records.isEmpty()) {
            throw new ValidationException("The CSV file is empty: a header row is needed");
        }
        CsvColumns columns = new CsvColumns(records.get(0).fields(), synonyms, required);
        List<ImportBatch.Row<T>> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (Csv.Record record : records.subList(1, records.size())) {
            if (record.error() != null) {
                rejected.add(new RejectedRow(record.row(), record.error()));
            } else if (record.isBlank()) {
                continue;
            } else if (record.fields().size() != columns.size()) {
                rejected.add(new RejectedRow(record.row(),
                        "has " + record.fields().size() + " fields, the header row has " + columns.size()));
            } else {
                try {
                    rows.add(new ImportBatch.Row<>(record.row(), mapper.apply(columns, record.fields())));
                } catch (ValidationException e) {
                    rejected.add(new RejectedRow(record.row(), e.getMessage()));
                }
            }
        }
        return new ImportBatch<>(rows, rejected);
    }

    private static char delimiter(SourceInput input) {
        String d = input.options().getOrDefault("delimiter", ",");
        if (d.equals("\\t") || d.equals("tab")) {
            return '\t';
        }
        return d.isEmpty() ? ',' : d.charAt(0);
    }

    private static ContactData contact(CsvColumns columns, List<String> cells) {
        Map<String, String> known = new LinkedHashMap<>();
        Map<String, String> custom = new LinkedHashMap<>();
        split(columns, cells, known, custom);
        List<String> addresses = CsvColumns.splitValues(known.getOrDefault("email", ""), ";,\\s");
        if (addresses.isEmpty()) {
            throw new ValidationException("no e-mail address");
        }
        for (String address : addresses) {
            if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new ValidationException("not an e-mail address: " + address);
            }
        }
        return new ContactData(null, known.get("firstName"), known.get("lastName"), known.get("company"), known.get("phone"),
                known.get("language"), known.get("notes"), addresses, custom, false);
    }

    private static ProductData product(CsvColumns columns, List<String> cells) {
        Map<String, String> known = new LinkedHashMap<>();
        Map<String, String> custom = new LinkedHashMap<>();
        split(columns, cells, known, custom);
        if (known.get("name") == null || known.get("code") == null) {
            throw new ValidationException("a product needs a name and a code");
        }
        return new ProductData(null, known.get("name"), known.get("code"),
                CsvColumns.splitValues(known.getOrDefault("aliases", ""), ";\\n"), known.get("description"),
                CsvColumns.splitValues(known.getOrDefault("links", ""), ";\\s"), custom);
    }

    private static void split(CsvColumns columns, List<String> cells, Map<String, String> known, Map<String, String> custom) {
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i).strip();
            String field = columns.field(i);
            if (value.isEmpty() || field == null) {
                continue;
            }
            if (field.equals(CsvColumns.CUSTOM)) {
                custom.put(columns.header(i), value);
            } else {
                known.merge(field, value, (a, b) -> a + "; " + b);
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
