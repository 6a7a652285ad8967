package org.emailresponder.contacts;

import java.util.List;

import org.emailresponder.contacts.spi.RejectedRow;

/** The outcome of an import: how many records were created or merged into existing ones, and every rejected row. */
public record ImportReport(int created, int merged, List<RejectedRow> rejected) {
    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /** "12 created, 3 merged, 2 rejected" plus one line per rejected row. */
    public String summary() {
        StringBuilder text = new StringBuilder(created + " created, " + merged + " merged, " + rejected.size() + " rejected");
        rejected.forEach(r -> text.append('\n').append(r));
        return text.toString();
    }
}
