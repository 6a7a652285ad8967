package org.emailresponder.manager.pipeline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.emailresponder.manager.IngestListener;
import org.emailresponder.manager.ManagerContext;
import org.emailresponder.manager.ReplyQueue;
import org.emailresponder.store.Store;

/**
 * The Manager with the automation after ingest: {@link ManagerContext#standard} plus an {@link AutomationPipeline} as
 * ingest listener, run on its own thread so downloading and automation overlap; suggestions and indexing of a batch run
 * on a second thread while the next batch is analyzed and routed. The pipeline starts on the first batch (so commands
 * that fetch nothing do not pay for analysis, classifier training and index opening) and first catches up with
 * messages left waiting by an earlier run.
 */
public final class AutomatedManager implements AutoCloseable {
    static final int CATCH_UP_LIMIT = 10_000;
    static final int QUEUED_FOLLOW_UPS = 2;

    private final Store store;
    private final PipelineSettings settings;
    private final ManagerContext context;
    private final BackgroundListener background;
    private final BoundedWorker followUps = new BoundedWorker("emailresponder-suggest-index", QUEUED_FOLLOW_UPS);
    private AutomationPipeline pipeline;

    private AutomatedManager(Store store, Map<String, String> env, PipelineSettings settings) {
        this.store = store;
        this.settings = settings;
        this.background = new BackgroundListener(this::received);
        List<IngestListener> listeners = settings.enabled() ? List.of(background) : List.of();
        this.context = ManagerContext.standard(store, env, listeners);
    }

    /** Settings from the environment ({@link PipelineSettings#fromEnvironment}). */
    public static AutomatedManager open(Store store, Map<String, String> env) {
        return open(store, env, PipelineSettings.fromEnvironment(env));
    }

    public static AutomatedManager open(Store store, Map<String, String> env, PipelineSettings settings) {
        return new AutomatedManager(store, env, settings);
    }

    public ManagerContext context() {
        return context;
    }

    /** The pipeline, started now if it was not yet. */
    public synchronized AutomationPipeline pipeline() {
        if (pipeline == null) {
            pipeline = new AutomationPipeline(store, new ReplyQueue(store), settings);
            PipelineResult waiting = pipeline.catchUp(CATCH_UP_LIMIT);
            if (!waiting.equals(PipelineResult.NONE)) {
                ILog.of(AutomatedManager.class).info("Automation caught up with waiting messages: " + waiting);
            }
        }
        return pipeline;
    }

    /** Waits until the automation has handled every batch stored so far; false when the timeout passed first. */
    public boolean awaitAutomation(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        return background.awaitIdle(timeout, unit) && followUps.awaitIdle(deadline);
    }

    private void received(long accountId, List<Long> messageIds) {
        pipeline().processOverlapped(messageIds, followUps);
    }

    @Override
    public void close() {
        background.close();
        followUps.close();
        closePipeline();
    }

    private synchronized void closePipeline() {
        if (pipeline != null) {
            pipeline.close();
            pipeline = null;
        }
    }
}
