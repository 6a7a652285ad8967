package org.emailresponder.manager.jobs;

import java.time.Duration;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Manager work as an Eclipse Job whose progress the workbench shows (not a system job) and whose Cancel stops it.
 * A repeating job runs its work, then schedules itself again after the pause, until it is stopped or cancelled;
 * a failing run is logged and reported, never ends the repetition.
 */
final class ManagerJob extends Job {
    /** The work of one run; returns a one-line summary. */
    interface Work {
        String run(CycleProgress progress) throws Exception;
    }

    /** Told after every run: its summary, or why it failed. */
    interface Outcome {
        void ended(String summary, String failure);
    }

    private final Work work;
    private final Duration pause;
    private final Outcome outcome;
    private volatile boolean stopping;

    /** @param pause the wait between runs, or null for a job that runs once */
    ManagerJob(String name, Work work, Duration pause, Outcome outcome) {
        super(name);
        this.work = work;
        this.pause = pause;
        this.outcome = outcome;
        setSystem(false);
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        CycleProgress progress = new CycleProgress(monitor);
        String summary = null;
        String failure = null;
        try {
            summary = work.run(progress);
        } catch (Exception e) { // a failing run must never end the service: log, report, go on
            failure = e.getMessage() == null ? e.toString() : e.getMessage();
            ILog.of(ManagerJob.class).error(getName() + " failed: " + failure, e);
        } finally {
            monitor.done();
        }
        outcome.ended(summary, failure);
        if (monitor.isCanceled()) {
            stopping = true;
            return Status.CANCEL_STATUS;
        }
        if (pause != null) {
            schedule(pause.toMillis()); // refused by shouldSchedule once stopped
        }
        return Status.OK_STATUS;
    }

    /** Ends the repetition: a waiting job is taken off the queue, a running one stops after its current step. */
    void stop() {
        stopping = true;
        cancel();
    }

    @Override
    public boolean shouldSchedule() {
        return !stopping;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ManagerControl.FAMILY;
    }
}
