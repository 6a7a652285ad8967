package org.emailresponder.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.core.service.Authentication;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.UserAccount;

/** Login and first-administrator creation against the user table. */
public final class StoreAuthentication implements Authentication {
    private final Store store;
    private final PasswordHasher hasher;

    public StoreAuthentication(Store store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    @Override
    public Optional<UserSession> login(String login, char[] password) {
        try {
            return store.inTransaction(em -> {
                List<UserAccount> found = em.createQuery("SELECT u FROM UserAccount u WHERE u.login = :login", UserAccount.class)
                        .setParameter("login", normalizeLogin(login)).getResultList();
                if (found.isEmpty() || !found.get(0).isEnabled() || !hasher.verify(password, found.get(0).getPasswordHash())) {
                    AuditLog.record(em, normalizeLogin(login), "login.failed", "User", null, null);
                    return Optional.<UserSession>empty();
                }
                UserAccount user = found.get(0);
                if (hasher.needsRehash(user.getPasswordHash())) {
                    user.setPasswordHash(hasher.hash(password));
                }
                user.setLastLoginAt(Instant.now());
                AuditLog.record(em, user.getLogin(), "login", "User", user.getId(), null);
                return Optional.of(sessionOf(user));
            });
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    @Override
    public boolean needsFirstAdmin() {
        return store.read(em -> em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult() == 0);
    }

    @Override
    public UserSession createFirstAdmin(String login, String displayName, char[] password) {
        UserValidation.requireLogin(login);
        UserValidation.requirePassword(password);
        try {
            return store.inTransaction(em -> {
                if (em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult() > 0) {
                    throw new IllegalStateException("The database has users already; the first administrator exists.");
                }
                UserAccount admin = new UserAccount();
                admin.setLogin(normalizeLogin(login));
                admin.setDisplayName(displayName == null || displayName.isBlank() ? login : displayName.strip());
                admin.setRole(Role.ADMIN);
                admin.setEnabled(true);
                admin.setPasswordHash(hasher.hash(password));
                admin.setCreatedAt(Instant.now());
                em.persist(admin);
                em.flush();
                AuditLog.record(em, admin.getLogin(), "user.firstAdmin", "User", admin.getId(), null);
                return sessionOf(admin);
            });
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    static String normalizeLogin(String login) {
        if (login == null) {
            throw new ValidationException("Enter a login name.");
        }
        return login.strip().toLowerCase();
    }

    static UserSession sessionOf(UserAccount user) {
        Set<Long> groups = user.getGroups().stream().filter(AgentGroup::isEnabled).map(AgentGroup::getId).collect(Collectors.toSet());
        return new UserSession(user.getId(), user.getLogin(), user.getDisplayName(), user.getRole(), groups);
    }
}
