package org.emailresponder.analysis.internal;

import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.emailresponder.analysis.spi.Analyzer;

/**
 * One contribution to the analyzers extension point. The class is loaded on first use; a contribution whose class
 * cannot be created is disabled (logged once) and never tried again.
 */
public final class AnalyzerDescriptor {
    private final String id;
    private final String name;
    private final int order;
    private final String replaces;
    private final String contributor;
    private final IConfigurationElement element;
    private Analyzer instance;
    private boolean disabled;
    private int consecutiveFailures;

    AnalyzerDescriptor(String id, String name, int order, String replaces, String contributor,
            IConfigurationElement element) {
        this.id = id;
        this.name = name;
        this.order = order;
        this.replaces = replaces;
        this.contributor = contributor;
        this.element = element;
    }

    /** A descriptor around an existing instance (tests, or analyzers added by code). */
    public static AnalyzerDescriptor of(String id, int order, Analyzer analyzer) {
        AnalyzerDescriptor descriptor = new AnalyzerDescriptor(id, id, order, null, "code", null);
        descriptor.instance = analyzer;
        return descriptor;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int order() {
        return order;
    }

    /** Id of the analyzer this one replaces, or null. */
    public String replaces() {
        return replaces;
    }

    public String contributor() {
        return contributor;
    }

    public synchronized boolean isDisabled() {
        return disabled;
    }

    /** Counts a failure or time-out; the analyzer is disabled after {@code limit} in a row. */
    synchronized void failed(int limit, String reason) {
        consecutiveFailures++;
        if (consecutiveFailures >= limit && !disabled) {
            disabled = true;
            ILog.of(AnalyzerDescriptor.class).error("Analyzer " + id + " from " + contributor + " failed "
                    + consecutiveFailures + " times in a row (last: " + reason + ") and is disabled until restart");
        }
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
    }

    /** The analyzer, created on first call; empty when the contribution is broken. */
    public synchronized Optional<Analyzer> analyzer() {
        if (instance == null && !disabled) {
            SafeRunner.run(new ISafeRunnable() {
                @Override
                public void run() throws CoreException {
                    Object created = element.createExecutableExtension("class");
                    if (!(created instanceof Analyzer analyzer)) {
                        throw new IllegalStateException(created.getClass().getName() + " does not implement "
                                + Analyzer.class.getName());
                    }
                    instance = analyzer;
                }

                @Override
                public void handleException(Throwable e) {
                    disabled = true;
                    ILog.of(AnalyzerDescriptor.class).error("Analyzer " + id + " from " + contributor
                            + " cannot be created and is disabled: " + e.getMessage(), e);
                }
            });
        }
        return Optional.ofNullable(disabled ? null : instance);
    }

    @Override
    public String toString() {
        return id + "(order " + order + ", from " + contributor + ")";
    }
}
