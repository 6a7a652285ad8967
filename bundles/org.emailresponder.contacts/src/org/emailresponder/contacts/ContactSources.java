package org.emailresponder.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.emailresponder.contacts.spi.ContactSource;

/**
 * The registry reader of the extension point {@code org.emailresponder.contacts.sources}. Classes are created on first
 * use; a contribution that cannot be created (missing class, wrong type, failing constructor) is logged and disabled,
 * the others keep working.
 */
public final class ContactSources {
    public static final String EXTENSION_POINT = "org.emailresponder.contacts.sources";

    private final List<Descriptor> descriptors = new ArrayList<>();

    public ContactSources(IExtensionRegistry registry) {
        if (registry == null) {
            return;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if ("source".equals(element.getName())) {
                descriptors.add(new Descriptor(element));
            }
        }
    }

    /** The sources of the running platform. */
    public static ContactSources fromPlatform() {
        return new ContactSources(RegistryFactory.getRegistry());
    }

    /** Sources not known to be broken (a source is only known broken after its first use failed). */
    public List<Descriptor> sources() {
        return descriptors.stream().filter(d -> !d.isDisabled()).toList();
    }

    /** Contributions that failed, each as "id (contributor): reason". */
    public List<String> disabled() {
        return descriptors.stream().filter(Descriptor::isDisabled)
                .map(d -> d.id() + " (" + d.contributor() + "): " + d.failure).toList();
    }

    /** The working source with this id; empty when unknown or broken. */
    public Optional<ContactSource> source(String id) {
        return descriptors.stream().filter(d -> d.id().equals(id)).findFirst().flatMap(Descriptor::instance);
    }

    /** One contribution: its attributes, and the source object once created. */
    public static final class Descriptor {
        private final IConfigurationElement element;
        private final String id;
        private final String name;
        private final String contributor;
        private ContactSource instance;
        private String failure;

        Descriptor(IConfigurationElement element) {
            this.element = element;
            this.id = element.getAttribute("id");
            this.name = element.getAttribute("name");
            this.contributor = element.getContributor() instanceof RegistryContributor rc ? rc.getActualName()
                    : element.getContributor().getName();
            if (id == null || id.isBlank()) {
                disable("no id");
            }
        }

        public String id() {
            return id == null ? "" : id;
        }

        public String name() {
            return name == null ? id() : name;
        }

        public String contributor() {
            return contributor;
        }

        public synchronized boolean isDisabled() {
            return failure != null;
        }

        /** The source, created on first call; empty (and disabled from then on) when it cannot be created. */
        public synchronized Optional<ContactSource> instance() {
            if (instance == null && failure == null) {
                SafeRunner.run(new ISafeRunnable() {
                    @Override
                    public void run() throws CoreException {
                        Object created = element.createExecutableExtension("class");
                        if (!(created instanceof ContactSource source)) {
                            throw new ClassCastException(created.getClass().getName() + " is not a ContactSource");
                        }
                        instance = source;
                    }

                    @Override
                    public void handleException(Throwable e) {
                        disable(e.toString());
                    }
                });
            }
            return Optional.ofNullable(instance);
        }

        private void disable(String reason) {
            failure = reason;
            ILog.of(ContactSources.class).log(Status.error("Contact source " + id() + " from " + contributor
                    + " is disabled: " + reason));
        }
    }
}
