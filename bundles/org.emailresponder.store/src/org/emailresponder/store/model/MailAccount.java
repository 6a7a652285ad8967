package org.emailresponder.store.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A mailbox the Manager downloads from and sends through; secrets are stored sealed. */
@Entity
@Table(name = "er_mail_account")
public class MailAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "er_account_seq")
    @SequenceGenerator(name = "er_account_seq", sequenceName = "er_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "name")
    private String name;

    @Column(name = "incoming_url")
    private String incomingUrl;

    @Column(name = "outgoing_url")
    private String outgoingUrl;

    @Column(name = "incoming_secret")
    private String incomingSecret;

    @Column(name = "outgoing_secret")
    private String outgoingSecret;

    @Column(name = "from_address")
    private String fromAddress;

    @Column(name = "starttls")
    private boolean starttls;

    @Column(name = "poll_interval_seconds")
    private int pollIntervalSeconds;

    @Column(name = "delete_after_download")
    private boolean deleteAfterDownload;

    @Column(name = "enabled")
    private boolean enabled;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "default_group_id")
    private AgentGroup defaultGroup;

    @Column(name = "status")
    private String status;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "failure_count")
    private int failureCount;

    @Column(name = "last_poll_at")
    private Instant lastPollAt;

    @Column(name = "next_poll_at")
    private Instant nextPollAt;

    @Column(name = "lease_owner")
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

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

    public String getIncomingUrl() {
        return incomingUrl;
    }

    public void setIncomingUrl(String incomingUrl) {
        this.incomingUrl = incomingUrl;
    }

    public String getOutgoingUrl() {
        return outgoingUrl;
    }

    public void setOutgoingUrl(String outgoingUrl) {
        this.outgoingUrl = outgoingUrl;
    }

    public String getIncomingSecret() {
        return incomingSecret;
    }

    public void setIncomingSecret(String incomingSecret) {
        this.incomingSecret = incomingSecret;
    }

    public String getOutgoingSecret() {
        return outgoingSecret;
    }

    public void setOutgoingSecret(String outgoingSecret) {
        this.outgoingSecret = outgoingSecret;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public void setFromAddress(String fromAddress) {
        this.fromAddress = fromAddress;
    }

    public boolean isStarttls() {
        return starttls;
    }

    public void setStarttls(boolean starttls) {
        this.starttls = starttls;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public boolean isDeleteAfterDownload() {
        return deleteAfterDownload;
    }

    public void setDeleteAfterDownload(boolean deleteAfterDownload) {
        this.deleteAfterDownload = deleteAfterDownload;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public AgentGroup getDefaultGroup() {
        return defaultGroup;
    }

    public void setDefaultGroup(AgentGroup defaultGroup) {
        this.defaultGroup = defaultGroup;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = lastError;
    }

    public int getFailureCount() {
        return failureCount;
    }

    public void setFailureCount(int failureCount) {
        this.failureCount = failureCount;
    }

    public Instant getLastPollAt() {
        return lastPollAt;
    }

    public void setLastPollAt(Instant lastPollAt) {
        this.lastPollAt = lastPollAt;
    }

    public Instant getNextPollAt() {
        return nextPollAt;
    }

    public void setNextPollAt(Instant nextPollAt) {
        this.nextPollAt = nextPollAt;
    }

    public String getLeaseOwner() {
        return leaseOwner;
    }

    public void setLeaseOwner(String leaseOwner) {
        this.leaseOwner = leaseOwner;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public void setLeaseUntil(Instant leaseUntil) {
        this.leaseUntil = leaseUntil;
    }
}
