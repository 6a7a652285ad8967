package org.emailresponder.manager.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.manager.MailAccounts;
import org.emailresponder.manager.ManagerService;
import org.emailresponder.manager.pipeline.AutomatedManager;
import org.emailresponder.store.Store;

/**
 * The Manager service inside a workbench (or any process with Eclipse Jobs) on one open database: starts and stops
 * the repeating service job, runs one-off "fetch now" and "send now" jobs, and tells listeners what happened. It
 * runs the same {@link AutomatedManager} as the headless {@code emailresponder run}, so analysis and routing follow
 * each download, and it takes the same database leases, so it shares the work with other Managers on the database.
 *
 * <p>Starting and triggering needs OPERATE_MANAGER (supervisors, administrators); the work itself runs under the
 * service identity. All jobs share one scheduling rule, so a fetch-now never runs beside a service cycle.
 */
public final class ManagerControl implements AutoCloseable {
    /** The family of every job started here ({@code Job.getJobManager().find(FAMILY)}). */
    public static final Object FAMILY = ManagerControl.class;
    /** The wait between service cycles unless configured: what is due is decided per account (its poll interval). */
    public static final Duration DEFAULT_PAUSE = Duration.ofSeconds(10);

    private final AutomatedManager manager;
    private final ISchedulingRule oneAtATime = new MutexRule();
    private final List<Consumer<ServiceState>> listeners = new CopyOnWriteArrayList<>();
    private ManagerJob serviceJob;
    private volatile ServiceState state = ServiceState.STOPPED;

    /** @param env where the account secret key comes from ({@code EMAILRESPONDER_SECRET_KEY} or the data folder's key file) */
    public ManagerControl(Store store, Map<String, String> env) {
        this.manager = AutomatedManager.open(store, env);
    }

    public MailAccounts accounts() {
        return manager.context().accounts();
    }

    public ServiceState state() {
        return state;
    }

    /** Starts the repeating service; does nothing if it runs already. */
    public synchronized void start(UserSession session, Duration pause) {
        session.require(Permission.OPERATE_MANAGER);
        if (pause.toSeconds() < 1) {
            throw new ValidationException("The pause between Manager cycles must be at least one second");
        }
        if (serviceJob != null) {
            return;
        }
        ManagerService service = manager.context().service();
        ManagerJob job = new ManagerJob("Manager service", progress -> {
            service.runOnce(false, progress);
            return progress.summary();
        }, pause, this::ended);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult() != null && event.getResult().getSeverity() == IStatus.CANCEL) {
                    stopped(job); // cancelled from outside, e.g. the Progress view's stop button
                }
            }
        });
        serviceJob = job;
        schedule(job);
        update(state.withRunning(true));
    }

    /** Stops the repeating service; a cycle in progress ends after its current step. */
    public synchronized void stop() {
        if (serviceJob != null) {
            serviceJob.stop();
            stopped(serviceJob);
        }
    }

    /** Downloads from every enabled account now, due or not, once. */
    public Job fetchNow(UserSession session) {
        session.require(Permission.OPERATE_MANAGER);
        ManagerService service = manager.context().service();
        return schedule(new ManagerJob("Fetch mail now", progress -> {
            service.fetch(true, progress);
            return progress.summary();
        }, null, this::ended));
    }

    /** Sends the replies that are due now, once. */
    public Job sendNow(UserSession session) {
        session.require(Permission.OPERATE_MANAGER);
        ManagerService service = manager.context().service();
        return schedule(new ManagerJob("Send replies now", progress -> {
            progress.repliesSent(service.send());
            return progress.summary();
        }, null, this::ended));
    }

    public void addListener(Consumer<ServiceState> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ServiceState> listener) {
        listeners.remove(listener);
    }

    /**
     * Stops the service, waits up to the timeout for running jobs to finish, and lets the automation finish what
     * it queued. Messages it could not finish wait in the database for the next Manager's catch-up.
     */
    public void close(Duration timeout) {
        stop();
        Job.getJobManager().cancel(FAMILY);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (Job.getJobManager().find(FAMILY).length > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        manager.close();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    private Job schedule(ManagerJob job) {
        job.setRule(oneAtATime);
        job.schedule();
        return job;
    }

    private synchronized void stopped(ManagerJob job) {
        if (serviceJob == job) {
            serviceJob = null;
            update(state.withRunning(false));
        }
    }

    private void ended(String summary, String failure) {
        update(state.after(summary, failure));
    }

    private synchronized void update(ServiceState next) {
        state = next;
        listeners.forEach(listener -> listener.accept(next));
    }

    private static final class MutexRule implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    }
}
