package org.emailresponder.core.service;

import java.util.List;
import java.util.Optional;

import org.emailresponder.core.MessageState;
import org.emailresponder.core.UserSession;

/** Reading messages, limited to the groups the user belongs to (supervisors and admins see all groups). */
public interface MessageQueries {

    /** The messages of one group in the given states, newest first; an agent outside the group gets AccessDenied. */
    List<MessageSummary> queue(UserSession session, long groupId, List<MessageState> states, int limit);

    /** One message, if it exists; AccessDenied when it belongs to a group the user may not see. */
    Optional<MessageSummary> message(UserSession session, long messageId);

    /** The whole message for reading, if it exists; AccessDenied when it belongs to a group the user may not see. */
    Optional<MessageDetails> details(UserSession session, long messageId);

    /** The plain text body of a message the user may see. */
    String textBody(UserSession session, long messageId);
}
