package org.emailresponder.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;

/**
 * The one reader of the extension point {@code org.emailresponder.mail.transports}. Contributions are read once;
 * a transport's class is created only when its scheme is first asked for. A contribution whose class cannot be
 * created is logged and disabled; the others keep working.
 */
public final class TransportRegistry {

    public static final String EXTENSION_POINT = "org.emailresponder.mail.transports";
    private static final String BUNDLE = "org.emailresponder.mail";

    private static volatile TransportRegistry instance;

    private final Map<String, Descriptor> byScheme = new LinkedHashMap<>();

    /** A contribution as declared; its class is loaded lazily. */
    public static final class Descriptor {
        private final IConfigurationElement element;
        private final String id;
        private final String name;
        private final List<String> schemes;
        private MailTransport transport;
        private boolean broken;

        Descriptor(IConfigurationElement element, List<String> schemes) {
            this.element = element;
            this.id = element.getAttribute("id");
            this.name = element.getAttribute("name");
            this.schemes = schemes;
        }

        public String id() {
            return id;
        }

        public String name() {
            return name == null ? id : name;
        }

        public List<String> schemes() {
            return schemes;
        }

        public synchronized boolean isBroken() {
            return broken;
        }

        synchronized Optional<MailTransport> transport() {
            if (transport == null && !broken) {
                create();
            }
            return Optional.ofNullable(transport);
        }

        private void create() {
            SafeRunner.run(new ISafeRunnable() {
                @Override
                public void run() throws CoreException {
                    Object created = element.createExecutableExtension("class");
                    if (!(created instanceof MailTransport t)) {
                        throw new CoreException(Status.error("class " + created.getClass().getName()
                                + " does not implement " + MailTransport.class.getName()));
                    }
                    transport = t;
                }

                @Override
                public void handleException(Throwable e) {
                    broken = true;
                    log(IStatus.ERROR, "Mail transport '" + id + "' from " + element.getContributor().getName()
                            + " is disabled: its class cannot be created", e);
                }
            });
        }
    }

    private TransportRegistry(IExtensionRegistry registry) {
        if (registry == null) {
            return;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"transport".equals(element.getName())) {
                continue;
            }
            List<String> schemes = parseSchemes(element.getAttribute("schemes"));
            if (element.getAttribute("id") == null || element.getAttribute("class") == null || schemes.isEmpty()) {
                log(IStatus.WARNING, "Ignoring a mail transport from " + element.getContributor().getName()
                        + ": id, class and schemes are required", null);
                continue;
            }
            Descriptor descriptor = new Descriptor(element, schemes);
            for (String scheme : schemes) {
                Descriptor earlier = byScheme.putIfAbsent(scheme, descriptor);
                if (earlier != null) {
                    log(IStatus.WARNING, "Mail scheme '" + scheme + "' of transport '" + descriptor.id()
                            + "' is already served by '" + earlier.id() + "'; keeping the first", null);
                }
            }
        }
    }

    /** The registry over the platform's extension registry, read on first use. */
    public static TransportRegistry getDefault() {
        TransportRegistry r = instance;
        if (r == null) {
            synchronized (TransportRegistry.class) {
                r = instance;
                if (r == null) {
                    r = new TransportRegistry(RegistryFactory.getRegistry());
                    instance = r;
                }
            }
        }
        return r;
    }

    /** The transport serving a URL scheme (imap, pop3s, ...; STARTTLS variants map to their plain scheme). */
    public Optional<MailTransport> forScheme(String scheme) {
        if (scheme == null) {
            return Optional.empty();
        }
        String key = scheme.toLowerCase(Locale.ROOT);
        int plus = key.indexOf('+');
        Descriptor d = byScheme.get(plus < 0 ? key : key.substring(0, plus));
        return d == null ? Optional.empty() : d.transport();
    }

    /** The transport for an endpoint, or a PROTOCOL MailException naming the unserved scheme. */
    public MailTransport transportFor(MailEndpoint endpoint) throws MailException {
        return forScheme(endpoint.protocol()).orElseThrow(() -> new MailException(MailException.Kind.PROTOCOL,
                "No usable mail transport for " + endpoint.protocol() + "://", null));
    }

    public IncomingMailbox openIncoming(MailEndpoint endpoint, MailSecurity security) throws MailException {
        return transportFor(endpoint).openIncoming(endpoint, security);
    }

    public OutgoingMailer openOutgoing(MailEndpoint endpoint, MailSecurity security) throws MailException {
        return transportFor(endpoint).openOutgoing(endpoint, security);
    }

    /** All declared contributions, one entry per transport, in registry order. */
    public List<Descriptor> descriptors() {
        List<Descriptor> all = new ArrayList<>();
        for (Descriptor d : byScheme.values()) {
            if (!all.contains(d)) {
                all.add(d);
            }
        }
        return Collections.unmodifiableList(all);
    }

    private static List<String> parseSchemes(String attribute) {
        List<String> schemes = new ArrayList<>();
        if (attribute != null) {
            for (String s : attribute.split("[,\\s]+")) {
                if (!s.isBlank()) {
                    schemes.add(s.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return schemes;
    }

    private static void log(int severity, String message, Throwable e) {
        ILog.of(org.eclipse.core.runtime.Platform.getBundle(BUNDLE)).log(new Status(severity, BUNDLE, message, e));
    }
}
