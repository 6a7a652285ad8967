package org.emailresponder.manager.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.emailresponder.manager.IngestResult;
import org.emailresponder.manager.ManagerListener;
import org.emailresponder.manager.SendResult;

/** Shows the Manager's steps on a job's progress monitor, lets its Cancel stop the service, and adds up what was done. */
final class CycleProgress implements ManagerListener {
    private final IProgressMonitor monitor;
    private IngestResult fetched = IngestResult.NONE;
    private SendResult sent = SendResult.NONE;
    private int failedAccounts;

    CycleProgress(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void accountPolled(String account, IngestResult result) {
        fetched = fetched.plus(result);
        monitor.subTask(account + ": " + result.stored() + " stored");
        monitor.worked(1);
    }

    @Override
    public void accountFailed(String account, String error) {
        failedAccounts++;
        monitor.subTask(account + " failed: " + error);
        monitor.worked(1);
    }

    @Override
    public void repliesSent(SendResult result) {
        sent = sent.plus(result);
        monitor.subTask("replies: " + result.sent() + " sent");
    }

    @Override
    public boolean isCanceled() {
        return monitor.isCanceled();
    }

    /** One line for the user, e.g. "3 stored, 1 duplicate; 2 replies sent; 1 account failed". */
    String summary() {
        StringBuilder text = new StringBuilder().append(fetched.stored()).append(" stored");
        if (fetched.duplicates() > 0) {
            text.append(", ").append(fetched.duplicates()).append(" duplicates");
        }
        if (fetched.quarantined() > 0) {
            text.append(", ").append(fetched.quarantined()).append(" quarantined");
        }
        text.append("; ").append(sent.sent()).append(" replies sent");
        if (sent.retried() + sent.failed() > 0) {
            text.append(" (").append(sent.retried()).append(" to retry, ").append(sent.failed()).append(" failed)");
        }
        if (failedAccounts > 0) {
            text.append("; ").append(failedAccounts).append(failedAccounts == 1 ? " account failed" : " accounts failed");
        }
        return text.toString();
    }
}
