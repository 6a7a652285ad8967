package org.emailresponder.templates.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Shares lookups between the built-in providers while one reply's variables are collected (message, facts and
 * contact are read once, not by every provider). Outside {@link #during} nothing is cached.
 */
public final class LookupCache {
    private static final ThreadLocal<Map<String, Object>> CURRENT = new ThreadLocal<>();

    private LookupCache() {
    }

    public static <T> T during(Supplier<T> work) {
        Map<String, Object> outer = CURRENT.get();
        CURRENT.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T get(String key, Supplier<T> lookup) {
        Map<String, Object> cache = CURRENT.get();
        if (cache == null) {
            return lookup.get();
        }
        if (cache.containsKey(key)) {
            return (T) cache.get(key);
        }
        T value = lookup.get();
        cache.put(key, value);
        return value;
    }
}
