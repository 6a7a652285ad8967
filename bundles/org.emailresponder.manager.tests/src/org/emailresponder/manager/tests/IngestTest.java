package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emailresponder.manager.IngestResult;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class IngestTest {
    @AutoClose
    private final MailWorld world = new MailWorld();

    @Test
    void imapStoresEveryMessageOnceAndASecondFetchAddsNothing() throws Exception {
        world.addAccount("imap", world.imapUrl(), false);
        for (int i = 0; i < 450; i++) {
            world.deliver(MailWorld.message("<m" + i + "@customer.test>", "c" + (i % 7) + "@customer.test", "Question " + i, "", "Body " + i));
        }
        IngestResult first = world.manager.service().fetch(true, org.emailresponder.manager.ManagerListener.NONE);
        assertEquals(450, first.stored(), first.toString());
        assertEquals(450, world.count("SELECT COUNT(*) AS c FROM er_message_raw"));
        assertEquals(450, world.routed.size(), "every new customer message is handed to routing");
        IngestResult second = world.manager.service().fetch(true, org.emailresponder.manager.ManagerListener.NONE);
        assertEquals(0, second.stored() + second.duplicates(), second.toString());
        assertEquals(450, world.count("SELECT COUNT(*) AS c FROM er_message"));
    }

    @Test
    void pop3KnowsWhatItStoredByUidl() throws Exception {
        world.addAccount("pop", world.pop3Url(), false);
        for (int i = 0; i < 30; i++) {
            world.deliver(MailWorld.message("<p" + i + "@customer.test>", "a@customer.test", "Hello " + i, "", "text"));
        }
        assertEquals(30, world.manager.service().fetch(true, org.emailresponder.manager.ManagerListener.NONE).stored());
        assertEquals(0, world.manager.service().fetch(true, org.emailresponder.manager.ManagerListener.NONE).stored());
        assertEquals(30, world.count("SELECT COUNT(*) AS c FROM er_seen_uid"));
    }

    @Test
    void aMessageWithoutHeadersIsQuarantinedWithItsBytesAndTheOthersAreStored() throws Exception {
        world.addAccount("imap", world.imapUrl(), false);
        world.deliver(MailWorld.message("<ok1@customer.test>", "a@customer.test", "fine", "", "one"));
        world.deliver("\nthis is not a mail message at all\n");
        world.deliver(MailWorld.message("<ok2@customer.test>", "a@customer.test", "fine too", "", "two"));
        IngestResult result = world.manager.service().fetch(true, org.emailresponder.manager.ManagerListener.NONE);
        assertEquals(3, result.stored());
        assertEquals(1, result.quarantined());
        var quarantined = world.rows("SELECT m.state_reason AS reason, OCTET_LENGTH(r.raw) AS raw FROM er_message m JOIN er_message_raw r ON r.message_id = m.id "
                + "WHERE m.state = 'QUARANTINED'");
        assertEquals(1, quarantined.size());
        assertTrue(String.valueOf(quarantined.get(0).get("reason")).contains("header"));
        assertNotEquals(0L, ((Number) quarantined.get(0).get("raw")).longValue(), "the raw bytes are kept");
    }
}
