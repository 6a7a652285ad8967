package org.emailresponder.analysis.internal;

import java.util.function.Supplier;

import org.emailresponder.analysis.CategoryClassifier;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Which {@link CategoryClassifier} analysis uses: the one set explicitly, else one registered as an OSGi service
 * (e.g. by the search bundle), else the keyword fallback.
 */
public final class ClassifierChoice implements Supplier<CategoryClassifier>, AutoCloseable {
    private final CategoryClassifier fallback;
    private volatile CategoryClassifier explicit;
    private ServiceTracker<CategoryClassifier, CategoryClassifier> tracker;
    private boolean trackerTried;

    public ClassifierChoice(CategoryClassifier fallback) {
        this.fallback = fallback;
    }

    public void set(CategoryClassifier classifier) {
        explicit = classifier;
    }

    @Override
    public CategoryClassifier get() {
        CategoryClassifier chosen = explicit;
        if (chosen != null) {
            return chosen;
        }
        ServiceTracker<CategoryClassifier, CategoryClassifier> services = tracker();
        CategoryClassifier service = services == null ? null : services.getService();
        return service != null ? service : fallback;
    }

    private synchronized ServiceTracker<CategoryClassifier, CategoryClassifier> tracker() {
        if (!trackerTried) {
            trackerTried = true;
            Bundle bundle = FrameworkUtil.getBundle(ClassifierChoice.class);
            BundleContext context = bundle == null ? null : bundle.getBundleContext();
            if (context != null) {
                tracker = new ServiceTracker<>(context, CategoryClassifier.class, null);
                tracker.open();
            }
        }
        return tracker;
    }

    @Override
    public synchronized void close() {
        if (tracker != null) {
            tracker.close();
        }
    }
}
