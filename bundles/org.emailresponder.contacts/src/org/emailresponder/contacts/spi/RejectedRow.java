package org.emailresponder.contacts.spi;

/**
 * A row that was not imported.
 *
 * @param row the row number as a spreadsheet shows it (the header row is row 1)
 * @param reason why, in words for the user
 */
public record RejectedRow(int row, String reason) {
    @Override
    public String toString() {
        return "row " + row + ": " + reason;
    }
}
