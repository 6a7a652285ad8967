package org.emailresponder.store.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.emailresponder.core.AssignmentMode;

/** A group of representatives that messages are routed to. */
@Entity
@Table(name = "er_group")
public class AgentGroup {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "er_group_seq")
    @SequenceGenerator(name = "er_group_seq", sequenceName = "er_group_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "name")
    private String name;

    @Column(name = "description")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_mode")
    private AssignmentMode assignmentMode;

    @Column(name = "last_assigned_user_id")
    private Long lastAssignedUserId;

    @Column(name = "enabled")
    private boolean enabled;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public AssignmentMode getAssignmentMode() {
        return assignmentMode;
    }

    public void setAssignmentMode(AssignmentMode assignmentMode) {
        this.assignmentMode = assignmentMode;
    }

    public Long getLastAssignedUserId() {
        return lastAssignedUserId;
    }

    public void setLastAssignedUserId(Long lastAssignedUserId) {
        this.lastAssignedUserId = lastAssignedUserId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @ManyToMany
    @JoinTable(name = "er_group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> members = new HashSet<>();

    public Set<UserAccount> getMembers() {
        return members;
    }
}
