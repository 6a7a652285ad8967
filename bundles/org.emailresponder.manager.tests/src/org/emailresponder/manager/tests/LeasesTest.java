package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.List;

import org.emailresponder.manager.IngestOptions;
import org.emailresponder.manager.IngestResult;
import org.emailresponder.manager.Leases;
import org.emailresponder.manager.ManagerContext;
import org.emailresponder.manager.ManagerListener;
import org.emailresponder.manager.ReplySender;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class LeasesTest {
    @AutoClose
    private final MailWorld world = new MailWorld();

    @Test
    void oneOwnerAtATimeUntilReleaseOrExpiry() {
        Leases a = new Leases(world.store, "A");
        Leases b = new Leases(world.store, "B");
        assertTrue(a.acquire("account:1", Duration.ofMinutes(5)));
        assertFalse(b.acquire("account:1", Duration.ofMinutes(5)));
        assertTrue(a.acquire("account:1", Duration.ofMinutes(5)), "the owner may take it again");
        a.release("account:1");
        assertTrue(b.acquire("account:1", Duration.ofMillis(-1)), "free after release");
        assertTrue(a.acquire("account:1", Duration.ofMinutes(5)), "B's lease has expired");
        assertFalse(b.renew("account:1", Duration.ofMinutes(5)), "B lost it");
        assertTrue(a.renew("account:1", Duration.ofMinutes(5)));
    }

    @Test
    void twoManagersPollingTogetherStoreEachMessageOnce() throws Exception {
        world.addAccount("support", world.imapUrl(), false);
        for (int i = 0; i < 300; i++) {
            world.deliver(MailWorld.message("<l" + i + "@customer.test>", "c@customer.test", "Q" + i, "", "b"));
        }
        ManagerContext other = world.manager(IngestOptions.defaults(), ReplySender.Policy.defaults(), "manager-B");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<IngestResult> pollA = () -> world.manager.service().fetch(true, ManagerListener.NONE);
            Callable<IngestResult> pollB = () -> other.service().fetch(true, ManagerListener.NONE);
            int stored = 0;
            for (var f : pool.invokeAll(List.of(pollA, pollB))) {
                stored += f.get().stored();
            }
            stored += world.manager.service().fetch(true, ManagerListener.NONE).stored();
            assertEquals(300, stored);
        } finally {
            pool.shutdown();
        }
        assertEquals(300, world.count("SELECT COUNT(*) AS c FROM er_message"));
        assertEquals(300, world.count("SELECT COUNT(DISTINCT dedup_key) AS c FROM er_message"));
    }
}
