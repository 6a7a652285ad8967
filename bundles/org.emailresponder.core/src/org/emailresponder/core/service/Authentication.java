package org.emailresponder.core.service;

import java.util.Optional;

import org.emailresponder.core.UserSession;

/** Login against the users stored in the database. */
public interface Authentication {

    /** The session of an enabled user whose password matches; empty otherwise (without saying which part was wrong). */
    Optional<UserSession> login(String login, char[] password);

    /** True while the database holds no user at all: the first start must create an administrator. */
    boolean needsFirstAdmin();

    /**
     * Creates the first administrator of an empty database.
     *
     * @throws IllegalStateException when any user exists already
     */
    UserSession createFirstAdmin(String login, String displayName, char[] password);
}
