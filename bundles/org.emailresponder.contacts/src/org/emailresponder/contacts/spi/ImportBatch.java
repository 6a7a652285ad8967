package org.emailresponder.contacts.spi;

import java.util.List;

/**
 * What a source read: the records (each with the row or record number it came from) and the rows it rejected.
 */
public record ImportBatch<T>(List<Row<T>> rows, List<RejectedRow> rejected) {

    public ImportBatch {
        rows = List.copyOf(rows);
        rejected = List.copyOf(rejected);
    }

    public static <T> ImportBatch<T> empty() {
        return new ImportBatch<>(List.of(), List.of());
    }

    /** One record and its row number as a spreadsheet shows it (the header row is row 1). */
    public record Row<T>(int row, T value) {
    }
}
