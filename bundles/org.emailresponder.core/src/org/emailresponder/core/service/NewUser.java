package org.emailresponder.core.service;

import java.util.Set;

import org.emailresponder.core.Role;

/** What an administrator enters to create a user. The password array is wiped by the service after hashing. */
public record NewUser(String login, String displayName, String email, Role role, char[] password, Set<Long> groupIds) {
}
