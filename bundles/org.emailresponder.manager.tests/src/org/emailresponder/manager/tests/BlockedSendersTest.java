package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.mail.SenderBlocklist.Kind;
import org.emailresponder.manager.BlockedSenders;
import org.emailresponder.manager.ManagerListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BlockedSendersTest {
    private static final UserSession ADMIN = new UserSession(1, "ada", "Ada", Role.ADMIN, Set.of());
    private MailWorld world;
    private BlockedSenders blocked;

    @BeforeEach
    void start() {
        world = new MailWorld();
        world.addAccount("support", world.imapUrl(), false);
        blocked = new BlockedSenders(world.store);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void anAdministratorsEntriesSetMatchingMailAsideAtDownloadAndRemovingOneLetsMailThroughAgain() throws Exception {
        blocked.add(ADMIN, Kind.ADDRESS, " Seller@Shop.test ", "sends offers daily");
        BlockedSenders.Entry domain = blocked.add(ADMIN, Kind.DOMAIN, "@spam.test", null);
        blocked.add(ADMIN, Kind.PATTERN, "newsletter-*@*", "bulk mail");
        assertEquals(List.of("ADDRESS seller@shop.test", "DOMAIN spam.test", "PATTERN newsletter-*@*"),
                blocked.list(ADMIN).stream().map(e -> e.kind() + " " + e.pattern()).toList());

        world.deliver(MailWorld.message("<1@shop.test>", "seller@shop.test", "Offer", "", "buy"));
        world.deliver(MailWorld.message("<2@mx.spam.test>", "x@mx.spam.test", "Cheap", "", "buy"));
        world.deliver(MailWorld.message("<3@news.test>", "newsletter-42@news.test", "News", "", "read"));
        world.deliver(MailWorld.message("<4@customer.test>", "carla@customer.test", "Printer", "", "help"));
        world.manager.service().fetch(true, ManagerListener.NONE);
        assertEquals(List.of("<1@shop.test> BLOCKED", "<2@mx.spam.test> BLOCKED", "<3@news.test> BLOCKED", "<4@customer.test> RECEIVED"),
                states());
        assertEquals(3L, world.count("SELECT COUNT(*) AS c FROM er_message_raw r JOIN er_message m ON m.id = r.message_id WHERE m.state = 'BLOCKED'"),
                "blocked mail is kept, raw included");

        blocked.remove(ADMIN, domain.id());
        world.deliver(MailWorld.message("<5@mx.spam.test>", "x@mx.spam.test", "Again", "", "hello"));
        world.manager.service().fetch(true, ManagerListener.NONE);
        assertEquals("<5@mx.spam.test> RECEIVED", states().get(4));
        assertEquals(2L, world.count("SELECT COUNT(*) AS c FROM er_audit_event WHERE action LIKE 'blockedSender.%' AND entity_id = ?", domain.id()),
                "adding and removing are audited");
    }

    @Test
    void wrongEntriesAreRefusedWithAMessageThatSaysWhy() {
        assertTrue(assertThrows(ValidationException.class, () -> blocked.add(ADMIN, Kind.ADDRESS, "not an address", null))
                .getMessage().contains("not an e-mail address"));
        assertTrue(assertThrows(ValidationException.class, () -> blocked.add(ADMIN, Kind.DOMAIN, "spam", null))
                .getMessage().contains("not a domain name"));
        assertTrue(assertThrows(ValidationException.class, () -> blocked.add(ADMIN, Kind.PATTERN, "re:([unclosed", null))
                .getMessage().contains("re:([unclosed"));
        assertTrue(assertThrows(ValidationException.class, () -> blocked.add(ADMIN, Kind.PATTERN, "*", null))
                .getMessage().contains("every sender"));
        assertThrows(ValidationException.class, () -> blocked.add(ADMIN, Kind.ADDRESS, "  ", null));
        blocked.add(ADMIN, Kind.ADDRESS, "a@b.test", null);
        assertTrue(assertThrows(ValidationException.class, () -> blocked.add(ADMIN, Kind.ADDRESS, "A@B.test", null))
                .getMessage().contains("blocked already"));
        assertEquals(1, blocked.list(ADMIN).size());
    }

    @Test
    void agentsAndSupervisorsCanNeitherReadNorChangeTheList() {
        BlockedSenders.Entry entry = blocked.add(ADMIN, Kind.ADDRESS, "a@b.test", null);
        for (Role role : List.of(Role.AGENT, Role.SUPERVISOR)) {
            UserSession user = new UserSession(7, "al", "Al", role, Set.of(1L));
            assertThrows(AccessDeniedException.class, () -> blocked.list(user), role.name());
            assertThrows(AccessDeniedException.class, () -> blocked.add(user, Kind.DOMAIN, "c.test", null), role.name());
            assertThrows(AccessDeniedException.class, () -> blocked.remove(user, entry.id()), role.name());
        }
        assertEquals(1, blocked.list(ADMIN).size());
    }

    private List<String> states() {
        return world.rows("SELECT message_id_header AS id, state AS s FROM er_message ORDER BY id").stream()
                .map(r -> r.get("id") + " " + r.get("s")).toList();
    }
}
