package org.emailresponder.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The one reader of the extension point {@code org.emailresponder.analysis.analyzers}: collects the contributions,
 * drops invalid ones and those another contribution {@code replaces}, and orders the rest by {@code order}, then id.
 * Classes are created lazily by {@link AnalyzerDescriptor#analyzer()}.
 */
public final class AnalyzerRegistry {
    public static final String EXTENSION_POINT = "org.emailresponder.analysis.analyzers";

    private final List<AnalyzerDescriptor> analyzers;

    private AnalyzerRegistry(List<AnalyzerDescriptor> analyzers) {
        this.analyzers = List.copyOf(analyzers);
    }

    /** Reads the platform's extension registry (empty when there is none, e.g. outside OSGi). */
    public static AnalyzerRegistry fromPlatform() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        return registry == null ? new AnalyzerRegistry(List.of()) : read(registry);
    }

    public static AnalyzerRegistry read(IExtensionRegistry registry) {
        Map<String, AnalyzerDescriptor> byId = new LinkedHashMap<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            AnalyzerDescriptor descriptor = describe(element);
            if (descriptor != null && byId.putIfAbsent(descriptor.id(), descriptor) != null) {
                log().warn("Analyzer id " + descriptor.id() + " is contributed twice; the contribution from "
                        + descriptor.contributor() + " is ignored");
            }
        }
        return new AnalyzerRegistry(withoutReplaced(byId));
    }

    /** A registry over given descriptors (tests, embedding without the extension registry). */
    public static AnalyzerRegistry of(List<AnalyzerDescriptor> descriptors) {
        Map<String, AnalyzerDescriptor> byId = new LinkedHashMap<>();
        descriptors.forEach(d -> byId.put(d.id(), d));
        return new AnalyzerRegistry(withoutReplaced(byId));
    }

    private static AnalyzerDescriptor describe(IConfigurationElement element) {
        String contributor = element.getContributor().getName();
        String id = element.getAttribute("id");
        if (!"analyzer".equals(element.getName()) || id == null || id.isBlank() || element.getAttribute("class") == null) {
            log().error("Ignoring an analyzer contribution from " + contributor + " without id or class");
            return null;
        }
        String name = element.getAttribute("name");
        return new AnalyzerDescriptor(id, name == null ? id : name, parseOrder(element.getAttribute("order"), id),
                element.getAttribute("replaces"), contributor, element);
    }

    private static int parseOrder(String value, String id) {
        if (value == null || value.isBlank()) {
            return 1000;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            log().warn("Analyzer " + id + " has order '" + value + "', which is not a number; it runs last");
            return Integer.MAX_VALUE;
        }
    }

    private static List<AnalyzerDescriptor> withoutReplaced(Map<String, AnalyzerDescriptor> byId) {
        List<AnalyzerDescriptor> kept = new ArrayList<>(byId.values());
        for (AnalyzerDescriptor descriptor : byId.values()) {
            if (descriptor.replaces() != null && kept.removeIf(d -> d.id().equals(descriptor.replaces()))) {
                log().info("Analyzer " + descriptor.replaces() + " is replaced by " + descriptor.id());
            }
        }
        kept.sort(Comparator.comparingInt(AnalyzerDescriptor::order).thenComparing(AnalyzerDescriptor::id));
        return kept;
    }

    /** All contributions in running order, including ones disabled since. */
    public List<AnalyzerDescriptor> analyzers() {
        return analyzers;
    }

    /** The contributions still enabled, in running order. */
    public List<AnalyzerDescriptor> enabled() {
        return analyzers.stream().filter(d -> !d.isDisabled()).toList();
    }

    private static ILog log() {
        return ILog.of(AnalyzerRegistry.class);
    }
}
