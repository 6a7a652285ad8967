package org.emailresponder.manager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.emailresponder.core.UserSession;
import org.emailresponder.mail.MailException;
import org.emailresponder.manager.internal.AccountHealth;
import org.emailresponder.manager.internal.Sql;
import org.emailresponder.store.Store;

/**
 * The Manager: polls the accounts that are due (each under a lease, so one Manager polls an account at a time) and
 * sends the replies that are due. UI-free: run {@link #runOnce} from an Eclipse Job or {@link #run} headless.
 * An account that fails is marked and backed off; the others go on.
 */
public final class ManagerService {
    static final String OUTBOX_LEASE = "outbox";

    private final Store store;
    private final MailAccounts accounts;
    private final MailIngest ingest;
    private final ReplySender sender;
    private final Leases leases;
    private final Duration lease;

    /**
     * @param lease how long an account lease lasts without renewal (renewed before every batch): after a crash, the
     *            account waits this long before another Manager (or the restarted one) polls it
     */
    public ManagerService(Store store, MailAccounts accounts, MailIngest ingest, ReplySender sender, Leases leases, Duration lease) {
        this.lease = lease;
        this.store = store;
        this.accounts = accounts;
        this.ingest = ingest;
        this.sender = sender;
        this.leases = leases;
    }

    /** One cycle: poll due accounts (all enabled ones when {@code allAccounts}), then send due replies. */
    public IngestResult runOnce(boolean allAccounts, ManagerListener listener) throws SQLException {
        IngestResult total = fetch(allAccounts, listener);
        if (!listener.isCanceled()) {
            listener.repliesSent(send());
        }
        return total;
    }

    public IngestResult fetch(boolean allAccounts, ManagerListener listener) throws SQLException {
        IngestResult total = IngestResult.NONE;
        for (long id : accountIds(allAccounts)) {
            if (listener.isCanceled()) {
                break;
            }
            total = total.plus(pollAccount(id, listener));
        }
        return total;
    }

    public SendResult send() throws SQLException {
        if (!leases.acquire(OUTBOX_LEASE, lease)) {
            return SendResult.NONE; // another Manager is sending; the conditional claim would make this safe anyway
        }
        try {
            return sender.sendDue();
        } finally {
            leases.release(OUTBOX_LEASE);
        }
    }

    /** Runs cycles until the listener cancels, sleeping between them. */
    public void run(Duration pause, ManagerListener listener) throws InterruptedException {
        while (!listener.isCanceled()) {
            try {
                runOnce(false, listener);
            } catch (SQLException | RuntimeException e) {
                ILog.of(ManagerService.class).error("Manager cycle failed: " + e.getMessage(), e);
            }
            long until = System.nanoTime() + pause.toNanos();
            while (!listener.isCanceled() && System.nanoTime() < until) {
                Thread.sleep(Math.min(200, pause.toMillis()));
            }
        }
    }

    private IngestResult pollAccount(long id, ManagerListener listener) throws SQLException {
        String name = "account:" + id;
        if (!leases.acquire(name, lease)) {
            return IngestResult.NONE;
        }
        AccountConfig account = null;
        try {
            account = accounts.config(UserSession.MANAGER_SERVICE, id);
            IngestResult result = ingest.poll(account, () -> leases.renew(name, lease) && !listener.isCanceled());
            AccountHealth.succeeded(store, id, account.pollSeconds());
            listener.accountPolled(account.name(), result);
            return result;
        } catch (MailException e) {
            String status = e.kind() == MailException.Kind.AUTHENTICATION ? "AUTH_FAILED" : "ERROR";
            AccountHealth.failed(store, id, account.pollSeconds(), status, e.kind() + ": " + e.getMessage());
            listener.accountFailed(account.name(), e.getMessage());
            return new IngestResult(0, 0, 0, 0, 0, 1);
        } catch (SQLException | RuntimeException e) {
            AccountHealth.failed(store, id, account == null ? 60 : account.pollSeconds(), "ERROR", e.toString());
            listener.accountFailed(account == null ? "#" + id : account.name(), e.toString());
            return new IngestResult(0, 0, 0, 0, 0, 1);
        } finally {
            leases.release(name);
        }
    }

    private List<Long> accountIds(boolean all) throws SQLException {
        String sql = "SELECT id FROM er_mail_account WHERE enabled = ?" + (all ? "" : " AND (next_poll_at IS NULL OR next_poll_at <= ?)")
                + " ORDER BY id";
        try (Connection c = store.connection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setBoolean(1, true);
            if (!all) {
                st.setTimestamp(2, Sql.ts(Instant.now()));
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }
}
