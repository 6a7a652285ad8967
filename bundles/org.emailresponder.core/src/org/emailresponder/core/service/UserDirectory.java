package org.emailresponder.core.service;

import java.util.List;
import java.util.Set;

import org.emailresponder.core.AssignmentMode;
import org.emailresponder.core.Role;
import org.emailresponder.core.UserSession;

/**
 * Users, groups and memberships. Reading the lists needs nothing more than a session; every change needs the
 * MANAGE_USERS permission, checked here and not only in the workbench.
 */
public interface UserDirectory {

    List<UserInfo> users(UserSession session);

    List<GroupInfo> groups(UserSession session);

    UserInfo createUser(UserSession session, NewUser user);

    UserInfo updateUser(UserSession session, long userId, String displayName, String email, Role role);

    void setUserEnabled(UserSession session, long userId, boolean enabled);

    void resetPassword(UserSession session, long userId, char[] newPassword);

    /** Changes the caller's own password; the old one must match. */
    void changeOwnPassword(UserSession session, char[] oldPassword, char[] newPassword);

    void setMemberships(UserSession session, long userId, Set<Long> groupIds);

    GroupInfo createGroup(UserSession session, String name, String description, AssignmentMode mode);

    GroupInfo updateGroup(UserSession session, long groupId, String name, String description, AssignmentMode mode);

    void setGroupEnabled(UserSession session, long groupId, boolean enabled);
}
