package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.manager.AccountSettings;
import org.emailresponder.manager.SecretBox;
import org.emailresponder.manager.jobs.ManagerControl;
import org.emailresponder.manager.pipeline.PipelineSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Manager service as the workbench runs it: an Eclipse Job started, stopped and triggered through ManagerControl. */
class ManagerControlTest {
    private static final UserSession AGENT = new UserSession(5, "al", "Al Agent", Role.AGENT, Set.of());
    private static final UserSession SUPERVISOR = new UserSession(6, "sue", "Sue Supervisor", Role.SUPERVISOR, Set.of());

    private MailWorld world;
    private ManagerControl control;

    @BeforeEach
    void start() throws Exception {
        world = new MailWorld();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        control = new ManagerControl(world.store, Map.of(SecretBox.ENV_KEY, Base64.getEncoder().encodeToString(key),
                "EMAILRESPONDER_HOME", Files.createTempDirectory("er-control").toString(), PipelineSettings.ENV_AUTOMATION, "off"));
        control.accounts().add(UserSession.MANAGER_SERVICE, new AccountSettings("support", world.imapUrl(), MailWorld.PASSWORD,
                world.smtpUrl(), null, MailWorld.SUPPORT, 5, false, true, null));
    }

    @AfterEach
    void stop() {
        control.close();
        world.close();
    }

    @Test
    void theServiceStoresDeliveredMailUntilStoppedAndOnlyOperatorsMayStartIt() throws Exception {
        assertThrows(AccessDeniedException.class, () -> control.start(AGENT, Duration.ofSeconds(1)));
        assertFalse(control.state().running());

        control.start(SUPERVISOR, Duration.ofSeconds(1));
        assertTrue(control.state().running());
        world.deliver(MailWorld.message("<one@customer.test>", "c@customer.test", "First", "", "b"));
        assertTrue(within(20_000, () -> stored() == 1), "stored by the running service");
        assertTrue(within(5_000, () -> "OK".equals(control.accounts().byName(SUPERVISOR, "support").status())));

        control.stop();
        assertFalse(control.state().running());
        Job.getJobManager().join(ManagerControl.FAMILY, null);
        world.execute("UPDATE er_mail_account SET next_poll_at = NULL");
        world.deliver(MailWorld.message("<two@customer.test>", "c@customer.test", "Second", "", "b"));
        Thread.sleep(2_500);
        assertEquals(1, stored(), "nothing is fetched after stop");
    }

    @Test
    void cancellingTheJobFromTheProgressViewStopsTheService() {
        control.start(SUPERVISOR, Duration.ofSeconds(1));
        Job.getJobManager().cancel(ManagerControl.FAMILY);
        assertTrue(within(10_000, () -> !control.state().running()));
        assertEquals(0, Job.getJobManager().find(ManagerControl.FAMILY).length);
    }

    @Test
    void fetchNowRunsOnceAndReportsWhatItDid() throws Exception {
        assertThrows(AccessDeniedException.class, () -> control.fetchNow(AGENT));
        world.deliver(MailWorld.message("<now@customer.test>", "c@customer.test", "Now", "", "b"));
        control.fetchNow(SUPERVISOR).join();
        assertEquals(1, stored());
        assertTrue(control.state().lastResult().startsWith("1 stored; 0 replies sent"), control.state().lastResult());
        assertFalse(control.state().running(), "a one-off fetch does not start the service");
        control.sendNow(SUPERVISOR).join();
        assertTrue(control.state().lastResult().startsWith("0 stored; 0 replies sent"), control.state().lastResult());
    }

    private long stored() {
        return world.count("SELECT COUNT(*) AS c FROM er_message");
    }

    private static boolean within(long millis, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
