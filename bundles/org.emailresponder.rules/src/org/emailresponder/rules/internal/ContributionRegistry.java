package org.emailresponder.rules.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.emf.ecore.EClass;

/**
 * The one reader for both rule extension points (conditions and actions): maps an EClass (nsURI + name) to the
 * contributed class, created lazily on first use. A contributor that cannot be created or that throws is logged
 * and disabled for the life of this registry; it never stops the engine.
 *
 * @param <T> ConditionEvaluator or ActionExecutor
 */
public final class ContributionRegistry<T> {
    public static final String CONDITIONS = "org.emailresponder.rules.conditions";
    public static final String ACTIONS = "org.emailresponder.rules.actions";

    private static final ILog LOG = ILog.of(ContributionRegistry.class);

    private final Class<T> type;
    private final Map<String, Contribution> byEClass = new ConcurrentHashMap<>();

    private final class Contribution {
        private final IConfigurationElement element;
        private volatile T instance;
        private volatile boolean disabled;

        Contribution(IConfigurationElement element) {
            this.element = element;
        }

        synchronized Optional<T> instance() {
            if (disabled) {
                return Optional.empty();
            }
            if (instance == null) {
                try {
                    instance = type.cast(element.createExecutableExtension("class"));
                } catch (CoreException | ClassCastException e) {
                    disable("cannot be created", e);
                    return Optional.empty();
                }
            }
            return Optional.of(instance);
        }

        void disable(String why, Throwable cause) {
            disabled = true;
            LOG.error("Rule contribution " + element.getAttribute("class") + " from " + element.getContributor().getName()
                    + " " + why + "; it is disabled", cause);
        }
    }

    private ContributionRegistry(Class<T> type) {
        this.type = type;
    }

    /** Reads the contributions of one extension point from the platform's extension registry. */
    public static <T> ContributionRegistry<T> read(String extensionPointId, Class<T> type) {
        ContributionRegistry<T> registry = new ContributionRegistry<>(type);
        IExtensionRegistry extensions = RegistryFactory.getRegistry();
        if (extensions == null) {
            return registry;
        }
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(extensionPointId)) {
            String nsUri = element.getAttribute("nsURI");
            String eClass = element.getAttribute("eClass");
            if (nsUri == null || eClass == null || element.getAttribute("class") == null) {
                LOG.warn("Ignoring incomplete rule contribution from " + element.getContributor().getName());
                continue;
            }
            registry.byEClass.put(key(nsUri, eClass), registry.new Contribution(element));
        }
        return registry;
    }

    /** An empty registry: only built-in conditions and actions (plain Java use, tests). */
    public static <T> ContributionRegistry<T> empty(Class<T> type) {
        return new ContributionRegistry<>(type);
    }

    private static String key(String nsUri, String eClassName) {
        return nsUri + "#" + eClassName;
    }

    private static String key(EClass eClass) {
        return key(eClass.getEPackage().getNsURI(), eClass.getName());
    }

    public boolean isContributed(EClass eClass) {
        return byEClass.containsKey(key(eClass));
    }

    /**
     * Calls the contribution for the EClass inside a SafeRunner; empty when there is none, it is disabled, or it
     * failed (and is now disabled).
     */
    public <R> Optional<R> call(EClass eClass, java.util.function.Function<T, R> work) {
        Contribution contribution = byEClass.get(key(eClass));
        if (contribution == null) {
            return Optional.empty();
        }
        Optional<T> instance = contribution.instance();
        if (instance.isEmpty()) {
            return Optional.empty();
        }
        Object[] result = new Object[1];
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() {
                result[0] = work.apply(instance.get());
            }

            @Override
            public void handleException(Throwable exception) {
                contribution.disable("failed on " + eClass.getName(), exception);
            }
        });
        @SuppressWarnings("unchecked")
        R value = (R) result[0];
        return Optional.ofNullable(value);
    }
}
