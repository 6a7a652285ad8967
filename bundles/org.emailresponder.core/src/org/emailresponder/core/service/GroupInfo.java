package org.emailresponder.core.service;

import java.util.Set;

import org.emailresponder.core.AssignmentMode;

/** A group of representatives and its members. */
public record GroupInfo(long id, String name, String description, AssignmentMode assignmentMode, boolean enabled,
        Set<Long> memberIds) {

    public GroupInfo {
        memberIds = Set.copyOf(memberIds);
    }
}
