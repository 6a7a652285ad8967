package org.emailresponder.manager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.mail.IncomingMailbox;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailSecurity;
import org.emailresponder.mail.OutgoingMailer;
import org.emailresponder.manager.internal.AccountRemoval;
import org.emailresponder.manager.internal.Sql;
import org.emailresponder.store.AuditLog;
import org.emailresponder.store.Store;
import org.emailresponder.store.model.AgentGroup;
import org.emailresponder.store.model.MailAccount;

/**
 * Mail accounts for administrators (permission MANAGE_ACCOUNTS): add, list, update, enable, delete, test. Secrets are
 * sealed. Whoever operates the Manager service (OPERATE_MANAGER, e.g. supervisors) may list them to see their health.
 */
public final class MailAccounts {
    private static final String COLUMNS = "a.id, a.name, a.incoming_url, a.outgoing_url, a.from_address, a.poll_interval_seconds, "
            + "a.delete_after_download, a.enabled, g.name, a.status, a.last_error, a.failure_count, a.last_poll_at, a.next_poll_at";

    private final Store store;
    private final SecretBox secrets;
    private final TransportLookup transports;
    private final MailSecurity security;

    public MailAccounts(Store store, SecretBox secrets, TransportLookup transports, MailSecurity security) {
        this.store = store;
        this.secrets = secrets;
        this.transports = transports;
        this.security = security;
    }

    public long add(UserSession session, AccountSettings settings) {
        session.require(Permission.MANAGE_ACCOUNTS);
        validate(settings);
        return store.inTransaction(em -> {
            MailAccount account = new MailAccount();
            apply(em, account, settings);
            account.setStatus("NEW");
            account.setNextPollAt(Instant.now());
            em.persist(account);
            em.flush();
            AuditLog.record(em, session.login(), "account.add", "MailAccount", account.getId(), settings.toString());
            return account.getId();
        });
    }

    public void update(UserSession session, long id, AccountSettings settings) {
        session.require(Permission.MANAGE_ACCOUNTS);
        validate(settings);
        store.run(em -> {
            MailAccount account = find(em, id);
            apply(em, account, settings);
            account.setNextPollAt(Instant.now());
            AuditLog.record(em, session.login(), "account.update", "MailAccount", id, settings.toString());
        });
    }

    /** Switches polling on or off; an account switched on is polled at the next cycle. */
    public void setEnabled(UserSession session, long id, boolean enabled) {
        session.require(Permission.MANAGE_ACCOUNTS);
        store.run(em -> {
            MailAccount account = find(em, id);
            account.setEnabled(enabled);
            account.setNextPollAt(Instant.now());
            AuditLog.record(em, session.login(), enabled ? "account.enable" : "account.disable", "MailAccount", id, account.getName());
        });
    }

    /** How many stored messages came through the account (they stay when it is deleted). */
    public long storedMessages(UserSession session, long id) {
        session.require(Permission.MANAGE_ACCOUNTS);
        try {
            return AccountRemoval.storedMessages(store, id);
        } catch (SQLException e) {
            throw new IllegalStateException("Mail account " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the account and its download bookkeeping; stored messages and replies stay. Refused while replies wait
     * to be sent through it or a Manager downloads from it (see {@link AccountRemoval}).
     *
     * @return the number of stored messages that were kept
     */
    public long delete(UserSession session, long id) {
        session.require(Permission.MANAGE_ACCOUNTS);
        try {
            long kept = AccountRemoval.remove(store, id);
            store.run(em -> AuditLog.record(em, session.login(), "account.delete", "MailAccount", id, kept + " stored messages kept"));
            return kept;
        } catch (SQLException e) {
            throw new IllegalStateException("Mail account " + id + " cannot be deleted: " + e.getMessage(), e);
        }
    }

    private static MailAccount find(EntityManager em, long id) {
        MailAccount account = em.find(MailAccount.class, id);
        if (account == null) {
            throw new ValidationException("There is no mail account with id " + id);
        }
        return account;
    }

    private void apply(EntityManager em, MailAccount account, AccountSettings s) {
        refuseTakenName(em, account, s.name().strip());
        account.setName(s.name().strip());
        account.setIncomingUrl(s.incomingUrl().strip());
        account.setOutgoingUrl(blankToNull(s.outgoingUrl()));
        if (s.incomingSecret() != null) {
            account.setIncomingSecret(secrets.seal(s.incomingSecret()));
        }
        if (s.outgoingSecret() != null) {
            account.setOutgoingSecret(secrets.seal(s.outgoingSecret()));
        }
        account.setFromAddress(blankToNull(s.fromAddress()));
        account.setPollIntervalSeconds(s.pollSeconds());
        account.setDeleteAfterDownload(s.deleteAfterDownload());
        account.setEnabled(s.enabled());
        account.setDefaultGroup(s.groupName() == null ? null : group(em, s.groupName()));
    }

    private static void refuseTakenName(EntityManager em, MailAccount account, String name) {
        List<Long> holders = em.createQuery("SELECT a.id FROM MailAccount a WHERE a.name = :name", Long.class).setParameter("name", name)
                .getResultList();
        if (holders.stream().anyMatch(id -> !id.equals(account.getId()))) {
            throw new ValidationException("There is already a mail account named " + name);
        }
    }

    private static AgentGroup group(EntityManager em, String name) {
        List<AgentGroup> found = em.createQuery("SELECT g FROM AgentGroup g WHERE g.name = :name", AgentGroup.class)
                .setParameter("name", name).getResultList();
        if (found.isEmpty()) {
            throw new ValidationException("There is no group named " + name);
        }
        return found.get(0);
    }

    private void validate(AccountSettings s) {
        if (s.name() == null || s.name().isBlank() || s.name().length() > 100) {
            throw new ValidationException("An account needs a name of at most 100 characters");
        }
        if (s.pollSeconds() < 5) {
            throw new ValidationException("The poll interval must be at least 5 seconds");
        }
        checkUrl(s.incomingUrl(), "incoming");
        if (s.outgoingUrl() != null && !s.outgoingUrl().isBlank()) {
            checkUrl(s.outgoingUrl(), "outgoing");
        }
    }

    private void checkUrl(String url, String which) {
        if (url == null || url.isBlank()) {
            throw new ValidationException("The " + which + " server URL is missing");
        }
        try {
            MailEndpoint endpoint = transports.endpoint(url.strip(), null);
            transports.forScheme(endpoint.protocol());
        } catch (MailException | RuntimeException e) {
            throw new ValidationException("The " + which + " server URL " + url + " is not usable: " + e.getMessage());
        }
        String authority = url.contains("://") ? url.substring(url.indexOf("://") + 3).split("/", 2)[0] : "";
        if (authority.contains("@") && authority.substring(0, authority.lastIndexOf('@')).contains(":")) {
            throw new ValidationException("Put the password in the secret, not in the " + which + " URL");
        }
    }

    /** All accounts without secrets, by name; for administrators and whoever operates the Manager service. */
    public List<AccountInfo> list(UserSession session) {
        if (!session.may(Permission.OPERATE_MANAGER)) {
            session.require(Permission.MANAGE_ACCOUNTS);
        }
        try (Connection c = store.connection();
                PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM er_mail_account a "
                        + "LEFT JOIN er_group g ON g.id = a.default_group_id ORDER BY a.name");
                ResultSet rs = st.executeQuery()) {
            List<AccountInfo> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new AccountInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                        rs.getBoolean(7), rs.getBoolean(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getInt(12),
                        Sql.instant(rs.getTimestamp(13)), Sql.instant(rs.getTimestamp(14))));
            }
            return list;
        } catch (SQLException e) {
            throw new IllegalStateException("Mail accounts cannot be read: " + e.getMessage(), e);
        }
    }

    public AccountInfo byName(UserSession session, String name) {
        return list(session).stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new ValidationException("There is no mail account named " + name));
    }

    /** The account with its secrets opened, for the Manager's own use. */
    public AccountConfig config(UserSession session, long id) {
        session.require(Permission.RUN_MANAGER);
        try (Connection c = store.connection();
                PreparedStatement st = c.prepareStatement("SELECT id, name, incoming_url, incoming_secret, outgoing_url, outgoing_secret, "
                        + "from_address, poll_interval_seconds, delete_after_download, default_group_id FROM er_mail_account WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new ValidationException("There is no mail account with id " + id);
                }
                return new AccountConfig(rs.getLong(1), rs.getString(2), rs.getString(3), secrets.open(rs.getString(4)), rs.getString(5),
                        secrets.open(rs.getString(6)), rs.getString(7), rs.getInt(8), rs.getBoolean(9), (Long) rs.getObject(10, Long.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Mail account " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@link #test(UserSession, long)} for the account with this name. */
    public List<String> test(UserSession session, String name) {
        session.require(Permission.MANAGE_ACCOUNTS);
        return test(session, byName(session, name).id());
    }

    /** Connects to the account's servers and logs in; returns a line per server starting with OK or FAILED. */
    public List<String> test(UserSession session, long id) {
        session.require(Permission.MANAGE_ACCOUNTS);
        AccountConfig account = config(UserSession.MANAGER_SERVICE, id);
        List<String> report = new ArrayList<>();
        report.add(testIncoming(account));
        if (account.outgoingUrl() != null) {
            report.add(testOutgoing(account));
        }
        return report;
    }

    private String testIncoming(AccountConfig account) {
        try {
            MailEndpoint endpoint = transports.endpoint(account.incomingUrl(), account.incomingSecret());
            try (IncomingMailbox box = transports.forScheme(endpoint.protocol()).openIncoming(endpoint, security)) {
                box.uidValidity();
            }
            return "OK incoming " + endpoint;
        } catch (MailException e) {
            return "FAILED incoming " + account.incomingUrl() + ": " + e.kind() + ": " + e.getMessage();
        }
    }

    private String testOutgoing(AccountConfig account) {
        try {
            MailEndpoint endpoint = transports.endpoint(account.outgoingUrl(), account.outgoingSecret());
            try (OutgoingMailer mailer = transports.forScheme(endpoint.protocol()).openOutgoing(endpoint, security)) {
                return "OK outgoing " + endpoint;
            }
        } catch (MailException e) {
            return "FAILED outgoing " + account.outgoingUrl() + ": " + e.kind() + ": " + e.getMessage();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
