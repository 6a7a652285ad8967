package org.emailresponder.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.UserSession;
import org.emailresponder.rules.notifications.NotificationInfo;
import org.emailresponder.rules.notifications.NotificationService;
import org.emailresponder.store.model.Message;
import org.emailresponder.store.model.UserAccount;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationServiceTest {

    static void notify(Fixture db, UserSession user, long messageId, String text) {
        db.store.run(em -> NotificationService.notifyUsers(em, List.of(em.find(UserAccount.class, user.userId())),
                em.find(Message.class, messageId), NotificationService.ROUTED, text, Instant.now()));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
    void pollAfterLastSeenIdAndMarkRead(String kind) {
        try (Fixture db = new Fixture(kind)) {
            long support = db.group("Support", AssignmentMode.MANUAL).id();
            UserSession ann = db.agent("ann", support);
            UserSession ben = db.agent("ben", support);
            long message = db.routedMessage(support, "Hello");
            NotificationService service = new NotificationService(db.store);
            notify(db, ann, message, "one");
            notify(db, ann, message, "two");
            notify(db, ben, message, "for ben");

            List<NotificationInfo> first = service.unread(ann, 0);
            assertEquals(List.of("one", "two"), first.stream().map(NotificationInfo::text).toList());
            assertEquals(message, first.get(0).messageId());
            assertTrue(first.get(0).createdAt() != null);
            long lastSeen = first.get(1).id();
            assertTrue(service.unread(ann, lastSeen).isEmpty(), "nothing new after the last seen id");
            notify(db, ann, message, "three");
            assertEquals(List.of("three"), service.unread(ann, lastSeen).stream().map(NotificationInfo::text).toList());

            long bensId = service.unread(ben, 0).get(0).id();
            assertEquals(1, service.markRead(ann, List.of(first.get(0).id(), bensId)), "other users' ids are ignored");
            assertEquals(1, service.unread(ben, 0).size());
            assertEquals(2, service.unreadCount(ann));
            assertEquals(2, service.markAllRead(ann, Long.MAX_VALUE));
            assertEquals(0, service.unreadCount(ann));
        }
    }
}
