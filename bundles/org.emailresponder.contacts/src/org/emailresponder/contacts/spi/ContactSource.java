package org.emailresponder.contacts.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.emailresponder.contacts.ContactData;
import org.emailresponder.contacts.ProductData;

/**
 * A place contacts and products come from (a file format, a CRM, a directory server), contributed to the extension
 * point {@code org.emailresponder.contacts.sources}. A source only reads and writes records; the
 * {@link org.emailresponder.contacts.ContactImporter} checks permissions, duplicates and stores them.
 * Implementations need a public no-argument constructor.
 */
public interface ContactSource {

    /**
     * Reads contacts. Rows that cannot be read are returned as rejected rows with their reason, never dropped.
     *
     * @param input the data for file-based sources; remote sources get {@link SourceInput#options()} only
     */
    ImportBatch<ContactData> readContacts(SourceInput input) throws IOException;

    /** Reads products; a source without products returns {@link ImportBatch#empty()}. */
    default ImportBatch<ProductData> readProducts(SourceInput input) throws IOException {
        return ImportBatch.empty();
    }

    /** Whether {@link #writeContacts} and {@link #writeProducts} work. */
    default boolean canExport() {
        return false;
    }

    default void writeContacts(List<ContactData> contacts, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("this source cannot export");
    }

    default void writeProducts(List<ProductData> products, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("this source cannot export");
    }

    /** What a source reads from: a stream (may be null for remote sources) and free-form options. */
    record SourceInput(InputStream data, java.util.Map<String, String> options) {
        public SourceInput {
            options = options == null ? java.util.Map.of() : java.util.Map.copyOf(options);
        }

        public static SourceInput of(InputStream data) {
            return new SourceInput(data, null);
        }
    }
}
