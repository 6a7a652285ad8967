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
import org.emailresponder.core.Failures;
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
        for (AccountRef account : accountsToPoll(allAccounts)) {
            if (listener.isCanceled()) {
                break;
            }
            total = total.plus(pollAccount(account, listener));
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

    /**
     * Polls one account. Every failure stays with this account: it is reported and, if the database still takes
     * writes, recorded with a backoff; a failure to acquire or release the lease or to record the failure (the
     * database itself failing, e.g. a full disk) is reported too and the next account is still tried.
     */
    private IngestResult pollAccount(AccountRef ref, ManagerListener listener) {
        String leaseName = "account:" + ref.id();
        try {
            if (!leases.acquire(leaseName, lease)) {
                return IngestResult.NONE;
            }
        } catch (RuntimeException e) {
            listener.accountFailed(ref.name(), "database: " + Failures.describe(e));
            return IngestResult.FAILED;
        }
        int pollSeconds = 60;
        try {
            AccountConfig account = accounts.config(UserSession.MANAGER_SERVICE, ref.id());
            pollSeconds = account.pollSeconds();
            IngestResult result = ingest.poll(account, () -> leases.renew(leaseName, lease) && !listener.isCanceled());
            AccountHealth.succeeded(store, ref.id(), pollSeconds);
            listener.accountPolled(ref.name(), result);
            return result;
        } catch (MailException e) {
            String status = e.kind() == MailException.Kind.AUTHENTICATION ? "AUTH_FAILED" : "ERROR";
            recordFailure(ref, pollSeconds, status, e.kind() + ": " + e.getMessage());
            listener.accountFailed(ref.name(), e.getMessage());
            return IngestResult.FAILED;
        } catch (IngestInterruptedByFailure e) {
            String reason = Failures.describe(e) + " (" + e.committed().stored() + " messages were stored before; the rest waits on the server)";
            recordFailure(ref, pollSeconds, "ERROR", reason);
            listener.accountFailed(ref.name(), reason);
            return e.committed().plus(IngestResult.FAILED);
        } catch (SQLException | RuntimeException e) {
            String reason = Failures.describe(e);
            recordFailure(ref, pollSeconds, "ERROR", reason);
            listener.accountFailed(ref.name(), reason);
            return IngestResult.FAILED;
        } finally {
            releaseQuietly(leaseName);
        }
    }

    private void recordFailure(AccountRef ref, int pollSeconds, String status, String reason) {
        try {
            AccountHealth.failed(store, ref.id(), pollSeconds, status, reason);
        } catch (SQLException | RuntimeException e) {
            ILog.of(ManagerService.class).error("The failure of account " + ref.name() + " (" + reason
                    + ") cannot be recorded in the database: " + Failures.describe(e), e);
        }
    }

    private void releaseQuietly(String leaseName) {
        try {
            leases.release(leaseName);
        } catch (RuntimeException e) {
            // it expires on its own (the lease time); the poll's own failure, if any, was reported already
            ILog.of(ManagerService.class).warn("Lease " + leaseName + " cannot be released, it expires by itself: " + Failures.describe(e));
        }
    }

    /** An account to poll: its id, and its name for reports. */
    private record AccountRef(long id, String name) {
    }

    private List<AccountRef> accountsToPoll(boolean all) throws SQLException {
        String sql = "SELECT id, name FROM er_mail_account WHERE enabled = ?" + (all ? "" : " AND (next_poll_at IS NULL OR next_poll_at <= ?)")
                + " ORDER BY id";
        try (Connection c = store.connection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setBoolean(1, true);
            if (!all) {
                st.setTimestamp(2, Sql.ts(Instant.now()));
            }
            List<AccountRef> refs = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    refs.add(new AccountRef(rs.getLong(1), rs.getString(2)));
                }
            }
            return refs;
        }
    }
}
