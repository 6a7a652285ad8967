package org.emailresponder.contacts.tests;

import java.util.List;

import org.emailresponder.contacts.ContactData;
import org.emailresponder.contacts.spi.ContactSource;
import org.emailresponder.contacts.spi.ImportBatch;
import org.emailresponder.contacts.spi.RejectedRow;

/** A partner-like source contributed by this fragment's fragment.xml: one good record and one rejected. */
public class StubContactSource implements ContactSource {
    @Override
    public ImportBatch<ContactData> readContacts(SourceInput input) {
        return new ImportBatch<>(List.of(new ImportBatch.Row<>(1, ContactData.of("Stu", "Stub", "Stub Inc", "stu@stub.example"))),
                List.of(new RejectedRow(2, "stub rejects this on purpose")));
    }
}
