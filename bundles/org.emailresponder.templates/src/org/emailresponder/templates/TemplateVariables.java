package org.emailresponder.templates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.emailresponder.templates.internal.LookupCache;
import org.emailresponder.templates.internal.SafeValues;
import org.emailresponder.templates.internal.VariableObject;
import org.emailresponder.templates.spi.VariableProvider;

/**
 * The registry reader of {@code org.emailresponder.templates.variables}: which variables templates may use and their
 * values for a reply. Providers are created on first use; one that cannot be created, declares a bad name or one
 * already taken (built-in variables keep theirs), or fails to describe its fields is logged and disabled. A provider
 * failing for one reply is logged and its variable renders as empty for that reply only.
 */
public final class TemplateVariables {
    public static final String EXTENSION_POINT = "org.emailresponder.templates.variables";
    private static final String HOST = "org.emailresponder.templates";

    private final List<Descriptor> descriptors = new ArrayList<>();

    public TemplateVariables(IExtensionRegistry registry) {
        Set<String> names = new HashSet<>();
        if (registry == null) {
            return;
        }
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        // built-in variables keep their names whatever order the registry lists contributions in
        elements.sort(Comparator.comparing(e -> !HOST.equals(contributorOf(e))));
        for (IConfigurationElement element : elements) {
            if ("variable".equals(element.getName())) {
                Descriptor d = new Descriptor(element);
                if (!d.name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                    d.disable("variable name '" + d.name + "' is not an identifier");
                } else if (!names.add(d.name)) {
                    d.disable("variable name '" + d.name + "' is already provided by another contribution");
                }
                descriptors.add(d);
            }
        }
    }

    /** The contributing bundle; for a fragment its own name, not its host's. */
    static String contributorOf(IConfigurationElement element) {
        return element.getContributor() instanceof RegistryContributor rc ? rc.getActualName() : element.getContributor().getName();
    }

    public static TemplateVariables fromPlatform() {
        return new TemplateVariables(RegistryFactory.getRegistry());
    }

    /** Variable name to its published fields and their descriptions, for validation and for template authors. */
    public Map<String, Map<String, String>> catalog() {
        Map<String, Map<String, String>> catalog = new LinkedHashMap<>();
        for (Descriptor d : descriptors) {
            d.fields().ifPresent(fields -> catalog.put(d.name, fields));
        }
        return catalog;
    }

    /** Contributions that were disabled, each as "name (contributor): reason". */
    public List<String> disabled() {
        return descriptors.stream().filter(d -> d.failure != null).map(d -> d.name + " (" + d.contributor + "): " + d.failure)
                .toList();
    }

    /** The values of every variable for this context; a variable without values is present as null. */
    public Map<String, Object> collect(RenderContext context) {
        return LookupCache.during(() -> {
            Map<String, Object> variables = new HashMap<>();
            for (Descriptor d : descriptors) {
                d.fields().ifPresent(fields -> variables.put(d.name, d.values(context, fields)));
            }
            return variables;
        });
    }

    private static final class Descriptor {
        private final IConfigurationElement element;
        private final String name;
        private final String contributor;
        private VariableProvider provider;
        private Map<String, String> fields;
        private volatile String failure;

        Descriptor(IConfigurationElement element) {
            this.element = element;
            this.name = String.valueOf(element.getAttribute("name"));
            this.contributor = contributorOf(element);
        }

        synchronized Optional<Map<String, String>> fields() {
            if (provider == null && failure == null) {
                SafeRunner.run(new Creation());
            }
            return Optional.ofNullable(failure == null ? fields : null);
        }

        VariableObject values(RenderContext context, Map<String, String> published) {
            AtomicReference<Map<String, ?>> result = new AtomicReference<>();
            SafeRunner.run(new ISafeRunnable() {
                @Override
                public void run() {
                    result.set(provider.values(context));
                }

                @Override
                public void handleException(Throwable e) {
                    log("Template variable " + name + " failed for message " + context.messageId() + ": " + e, e);
                }
            });
            return result.get() == null || result.get().isEmpty() ? null : publishedOnly(result.get(), published, context);
        }

        private VariableObject publishedOnly(Map<String, ?> raw, Map<String, String> published, RenderContext context) {
            boolean open = published.containsKey(VariableProvider.ANY_FIELD);
            Map<String, Object> values = new LinkedHashMap<>();
            Set<String> names = new HashSet<>();
            for (String field : published.keySet()) {
                names.add(field.endsWith(".*") ? field.substring(0, field.length() - 2) : field);
            }
            raw.forEach((key, value) -> {
                if (open || names.contains(key)) {
                    Object safe = SafeValues.sanitize(value, context.locale());
                    if (safe != null) {
                        values.put(key, safe);
                    }
                }
            });
            return new VariableObject(name, values, names, open);
        }

        void disable(String reason) {
            failure = reason;
            log("Template variable " + name + " from " + contributor + " is disabled: " + reason, null);
        }

        private static void log(String message, Throwable e) {
            ILog.of(TemplateVariables.class).log(Status.error(message, e));
        }

        private final class Creation implements ISafeRunnable {
            @Override
            public void run() throws Exception {
                Object created = element.createExecutableExtension("class");
                if (!(created instanceof VariableProvider p)) {
                    throw new ClassCastException(created.getClass().getName() + " is not a VariableProvider");
                }
                Map<String, String> declared = p.fields();
                if (declared == null || declared.isEmpty()) {
                    throw new IllegalStateException("it publishes no fields");
                }
                fields = Map.copyOf(declared);
                provider = p;
            }

            @Override
            public void handleException(Throwable e) {
                disable(e.toString());
            }
        }
    }
}
