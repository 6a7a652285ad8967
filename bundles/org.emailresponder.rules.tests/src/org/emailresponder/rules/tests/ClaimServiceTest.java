package org.emailresponder.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.MessageState;
import org.emailresponder.core.UserSession;
import org.emailresponder.rules.claims.ClaimResult;
import org.emailresponder.rules.claims.ClaimService;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimServiceTest {
    private static final int RACES = Integer.getInteger("claims.races", 100);

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void claimReleaseExpiryAndGroupMembership(String kind) {
        try (Fixture db = new Fixture(kind)) {
            long support = db.group("Support", AssignmentMode.MANUAL).id();
            long other = db.group("Other", AssignmentMode.MANUAL).id();
            UserSession ann = db.agent("ann", support);
            UserSession ben = db.agent("ben", support);
            UserSession outsider = db.agent("eve", other);
            long id = db.routedMessage(support, "Help");
            ClaimService claims = new ClaimService(db.store, Duration.ofMinutes(15));

            assertThrows(AccessDeniedException.class, () -> claims.claim(outsider, id), "claims require group membership");
            ClaimResult won = claims.claim(ann, id);
            assertTrue(won.claimed());
            assertEquals(MessageState.CLAIMED, db.load(id).getState());
            assertEquals("ann", db.load(id).getAssignee().getLogin());
            ClaimResult lost = claims.claim(ben, id);
            assertFalse(lost.claimed());
            assertEquals("ann", lost.holderLogin());
            assertTrue(claims.claim(ann, id).claimed(), "claiming again extends one's own claim");

            assertFalse(claims.release(ben, id), "only the holder releases");
            assertTrue(claims.release(ann, id));
            assertEquals(MessageState.ROUTED, db.load(id).getState());
            assertNull(db.load(id).getAssignee());
            assertTrue(claims.claim(ben, id).claimed());

            Clock later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(20)), ZoneOffset.UTC);
            ClaimService afterIdle = new ClaimService(db.store, Duration.ofMinutes(15), later);
            assertTrue(afterIdle.claim(ann, id).claimed(), "an idle claim can be taken over");
            long idle = db.routedMessage(support, "Idle");
            assertTrue(claims.claim(ben, idle).claimed());
            assertFalse(claims.touch(ann, idle), "only the holder extends a claim");
            assertTrue(claims.touch(ben, idle));
            assertEquals(1, afterIdle.releaseExpired(UserSession.MANAGER_SERVICE), "ben's idle claim expires");
            assertEquals(MessageState.ROUTED, db.load(idle).getState());

            long audited = db.store.read(em -> em.createQuery("SELECT COUNT(a) FROM AuditEvent a WHERE a.action LIKE 'message.%'",
                    Long.class).getSingleResult());
            assertTrue(audited >= 6, "claims, releases and expiry are audited: " + audited);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void twoAgentsRacingNeverBothHoldAMessage(String kind) throws Exception {
        try (Fixture db = new Fixture(kind)) {
            long support = db.group("Support", AssignmentMode.MANUAL).id();
            UserSession ann = db.agent("ann", support);
            UserSession ben = db.agent("ben", support);
            ClaimService claims = new ClaimService(db.store, Duration.ofMinutes(15));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            int annWins = 0;
            try {
                for (int race = 0; race < RACES; race++) {
                    long id = db.routedMessage(support, "Race " + race);
                    CyclicBarrier start = new CyclicBarrier(2);
                    Future<ClaimResult> a = pool.submit(() -> {
                        start.await();
                        return claims.claim(ann, id);
                    });
                    Future<ClaimResult> b = pool.submit(() -> {
                        start.await();
                        return claims.claim(ben, id);
                    });
                    boolean annWon = a.get().claimed();
                    boolean benWon = b.get().claimed();
                    assertTrue(annWon ^ benWon, "exactly one agent wins race " + race + " (ann " + annWon + ", ben " + benWon + ")");
                    assertEquals(annWon ? "ann" : "ben", db.load(id).getAssignee().getLogin());
                    annWins += annWon ? 1 : 0;
                }
            } finally {
                pool.shutdownNow();
            }
            System.out.println("claim race on " + kind + ": " + RACES + " races, ann won " + annWins + ", ben " + (RACES - annWins));
        }
    }
}
