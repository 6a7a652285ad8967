package org.emailresponder.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.Permission;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.core.security.PasswordHasher;
import org.emailresponder.core.service.GroupInfo;
import org.emailresponder.core.service.NewUser;
import org.emailresponder.core.service.UserDirectory;
import org.emailresponder.core.service.UserInfo;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.UserAccount;

/** Users and groups in the database; every change is checked against the caller's role and audited. */
public final class StoreUserDirectory implements UserDirectory {
    private final Store store;
    private final PasswordHasher hasher;

    public StoreUserDirectory(Store store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    @Override
    public List<UserInfo> users(UserSession session) {
        return store.read(em -> em.createQuery("SELECT u FROM UserAccount u ORDER BY u.login", UserAccount.class)
                .getResultList().stream().map(StoreUserDirectory::info).toList());
    }

    @Override
    public List<GroupInfo> groups(UserSession session) {
        return store.read(em -> em.createQuery("SELECT g FROM AgentGroup g ORDER BY g.name", AgentGroup.class)
                .getResultList().stream().map(StoreUserDirectory::info).toList());
    }

    @Override
    public UserInfo createUser(UserSession session, NewUser draft) {
        session.require(Permission.MANAGE_USERS);
        UserValidation.requireLogin(draft.login());
        UserValidation.requirePassword(draft.password());
        String login = StoreAuthentication.normalizeLogin(draft.login());
        try {
            return store.inTransaction(em -> {
                requireFreeLogin(em, login);
                UserAccount user = new UserAccount();
                user.setLogin(login);
                user.setDisplayName(UserValidation.requireName(draft.displayName(), "display name"));
                user.setEmail(UserValidation.optionalEmail(draft.email()));
                user.setRole(requireRole(draft.role()));
                user.setEnabled(true);
                user.setPasswordHash(hasher.hash(draft.password()));
                user.setCreatedAt(Instant.now());
                em.persist(user);
                replaceMemberships(em, user, draft.groupIds());
                em.flush();
                AuditLog.record(em, session.login(), "user.create", "User", user.getId(), login + " as " + user.getRole());
                return info(user);
            });
        } finally {
            PasswordHasher.wipe(draft.password());
        }
    }

    @Override
    public UserInfo updateUser(UserSession session, long userId, String displayName, String email, Role role) {
        session.require(Permission.MANAGE_USERS);
        return store.inTransaction(em -> {
            UserAccount user = requireUser(em, userId);
            Role newRole = requireRole(role);
            if (user.getRole() == Role.ADMIN && newRole != Role.ADMIN) {
                requireAnotherActiveAdmin(em, user);
            }
            user.setDisplayName(UserValidation.requireName(displayName, "display name"));
            user.setEmail(UserValidation.optionalEmail(email));
            user.setRole(newRole);
            AuditLog.record(em, session.login(), "user.update", "User", userId, "role " + newRole);
            return info(user);
        });
    }

    @Override
    public void setUserEnabled(UserSession session, long userId, boolean enabled) {
        session.require(Permission.MANAGE_USERS);
        store.run(em -> {
            UserAccount user = requireUser(em, userId);
            if (!enabled && user.getId() == session.userId()) {
                throw new ValidationException("You cannot disable your own account.");
            }
            if (!enabled && user.getRole() == Role.ADMIN) {
                requireAnotherActiveAdmin(em, user);
            }
            user.setEnabled(enabled);
            AuditLog.record(em, session.login(), enabled ? "user.enable" : "user.disable", "User", userId, null);
        });
    }

    @Override
    public void resetPassword(UserSession session, long userId, char[] newPassword) {
        session.require(Permission.MANAGE_USERS);
        try {
            UserValidation.requirePassword(newPassword);
            store.run(em -> {
                requireUser(em, userId).setPasswordHash(hasher.hash(newPassword));
                AuditLog.record(em, session.login(), "user.resetPassword", "User", userId, null);
            });
        } finally {
            PasswordHasher.wipe(newPassword);
        }
    }

    @Override
    public void changeOwnPassword(UserSession session, char[] oldPassword, char[] newPassword) {
        try {
            UserValidation.requirePassword(newPassword);
            store.run(em -> {
                UserAccount user = requireUser(em, session.userId());
                if (!hasher.verify(oldPassword, user.getPasswordHash())) {
                    throw new ValidationException("The current password is not correct.");
                }
                user.setPasswordHash(hasher.hash(newPassword));
                AuditLog.record(em, session.login(), "user.changePassword", "User", user.getId(), null);
            });
        } finally {
            PasswordHasher.wipe(oldPassword);
            PasswordHasher.wipe(newPassword);
        }
    }

    @Override
    public void setMemberships(UserSession session, long userId, Set<Long> groupIds) {
        session.require(Permission.MANAGE_USERS);
        store.run(em -> {
            UserAccount user = requireUser(em, userId);
            replaceMemberships(em, user, groupIds);
            AuditLog.record(em, session.login(), "user.memberships", "User", userId, "groups " + new java.util.TreeSet<>(groupIds));
        });
    }

    @Override
    public GroupInfo createGroup(UserSession session, String name, String description, AssignmentMode mode) {
        session.require(Permission.MANAGE_USERS);
        String clean = UserValidation.requireName(name, "group name");
        return store.inTransaction(em -> {
            requireFreeGroupName(em, clean, null);
            AgentGroup group = new AgentGroup();
            group.setName(clean);
            group.setDescription(description == null ? null : description.strip());
            group.setAssignmentMode(mode == null ? AssignmentMode.MANUAL : mode);
            group.setEnabled(true);
            em.persist(group);
            em.flush();
            AuditLog.record(em, session.login(), "group.create", "Group", group.getId(), clean);
            return info(group);
        });
    }

    @Override
    public GroupInfo updateGroup(UserSession session, long groupId, String name, String description, AssignmentMode mode) {
        session.require(Permission.MANAGE_USERS);
        String clean = UserValidation.requireName(name, "group name");
        return store.inTransaction(em -> {
            AgentGroup group = requireGroup(em, groupId);
            requireFreeGroupName(em, clean, groupId);
            group.setName(clean);
            group.setDescription(description == null ? null : description.strip());
            group.setAssignmentMode(mode == null ? AssignmentMode.MANUAL : mode);
            AuditLog.record(em, session.login(), "group.update", "Group", groupId, clean + ", " + group.getAssignmentMode());
            return info(group);
        });
    }

    @Override
    public void setGroupEnabled(UserSession session, long groupId, boolean enabled) {
        session.require(Permission.MANAGE_USERS);
        store.run(em -> {
            requireGroup(em, groupId).setEnabled(enabled);
            AuditLog.record(em, session.login(), enabled ? "group.enable" : "group.disable", "Group", groupId, null);
        });
    }

    private static void replaceMemberships(EntityManager em, UserAccount user, Set<Long> groupIds) {
        Set<Long> wanted = groupIds == null ? Set.of() : groupIds;
        for (AgentGroup group : new HashSet<>(user.getGroups())) {
            if (!wanted.contains(group.getId())) {
                group.getMembers().remove(user);
                user.getGroups().remove(group);
            }
        }
        for (Long groupId : wanted) {
            AgentGroup group = requireGroup(em, groupId);
            if (group.getMembers().add(user)) {
                user.getGroups().add(group);
            }
        }
    }

    private static void requireAnotherActiveAdmin(EntityManager em, UserAccount user) {
        long others = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.role = :admin AND u.enabled = TRUE AND u.id <> :id",
                Long.class).setParameter("admin", Role.ADMIN).setParameter("id", user.getId()).getSingleResult();
        if (others == 0) {
            throw new ValidationException("The last active administrator cannot lose that role or be disabled.");
        }
    }

    private static void requireFreeLogin(EntityManager em, String login) {
        long count = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.login = :login", Long.class)
                .setParameter("login", login).getSingleResult();
        if (count > 0) {
            throw new ValidationException("The login name '" + login + "' is taken.");
        }
    }

    private static void requireFreeGroupName(EntityManager em, String name, Long exceptId) {
        List<AgentGroup> same = em.createQuery("SELECT g FROM AgentGroup g WHERE LOWER(g.name) = :name", AgentGroup.class)
                .setParameter("name", name.toLowerCase()).getResultList();
        if (same.stream().anyMatch(g -> !g.getId().equals(exceptId))) {
            throw new ValidationException("A group named '" + name + "' exists already.");
        }
    }

    private static Role requireRole(Role role) {
        if (role == null) {
            throw new ValidationException("Choose a role.");
        }
        return role;
    }

    private static UserAccount requireUser(EntityManager em, long id) {
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null) {
            throw new ValidationException("User " + id + " does not exist (any more).");
        }
        return user;
    }

    private static AgentGroup requireGroup(EntityManager em, long id) {
        AgentGroup group = em.find(AgentGroup.class, id);
        if (group == null) {
            throw new ValidationException("Group " + id + " does not exist (any more).");
        }
        return group;
    }

    static UserInfo info(UserAccount user) {
        Set<Long> groups = user.getGroups().stream().map(AgentGroup::getId).collect(Collectors.toSet());
        return new UserInfo(user.getId(), user.getLogin(), user.getDisplayName(), user.getEmail(), user.getRole(), user.isEnabled(), groups);
    }

    static GroupInfo info(AgentGroup group) {
        Set<Long> members = group.getMembers().stream().map(UserAccount::getId).collect(Collectors.toSet());
        return new GroupInfo(group.getId(), group.getName(), group.getDescription(), group.getAssignmentMode(), group.isEnabled(), members);
    }
}
