package org.emailresponder.analysis.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Services and settings the host gives to analyzers (see AnalysisContext#service and #setting). */
public final class Services {
    private final Map<Class<?>, Supplier<?>> services = new ConcurrentHashMap<>();
    private final Map<String, String> settings;

    public Services(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    public <T> void put(Class<T> type, Supplier<? extends T> supplier) {
        services.put(type, supplier);
    }

    public <T> Optional<T> get(Class<T> type) {
        Supplier<?> supplier = services.get(type);
        return supplier == null ? Optional.empty() : Optional.ofNullable(type.cast(supplier.get()));
    }

    /** A setting given to the host, else the system property of the same name, else the default. */
    public String setting(String key, String defaultValue) {
        String value = settings.get(key);
        return value != null ? value : System.getProperty(key, defaultValue);
    }

    public Map<String, String> settings() {
        return settings;
    }
}
