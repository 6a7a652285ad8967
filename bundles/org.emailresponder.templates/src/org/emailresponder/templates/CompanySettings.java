package org.emailresponder.templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.store.Store;

/**
 * Company facts for templates ({@code $company.name$} …), stored as key/value rows in {@code er_setting} (keys
 * {@code company.name}, {@code company.website}, {@code company.phone}, {@code company.address},
 * {@code company.signature}). A key not in the table falls back to the system property {@code emailresponder.<key>},
 * e.g. {@code -Demailresponder.company.name=ACME}. Changing them needs {@link Permission#MANAGE_TEMPLATES}.
 */
public final class CompanySettings {
    static final List<String> COMPANY_KEYS = List.of("company.name", "company.website", "company.phone", "company.address",
            "company.signature");

    private final Store store;

    public CompanySettings(Store store) {
        this.store = store;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(all().get(key));
    }

    /** Every stored setting, with system-property fallbacks for the company keys not stored. */
    public Map<String, String> all() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : COMPANY_KEYS) {
            String fallback = System.getProperty("emailresponder." + key);
            if (fallback != null) {
                values.put(key, fallback);
            }
        }
        // through the entity manager's pooled connections: templates read this for every reply
        List<?> rows = store.read(em -> em.createNativeQuery("SELECT setting_key, setting_value FROM er_setting").getResultList());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            if (columns[1] != null) {
                values.put(columns[0].toString(), columns[1].toString());
            }
        }
        return values;
    }

    /** Stores a setting; a null value removes it. */
    public void put(UserSession session, String key, String value) {
        session.require(Permission.MANAGE_TEMPLATES);
        if (key == null || key.isBlank() || key.length() > 200 || (value != null && value.length() > 4000)) {
            throw new ValidationException("A setting needs a key of at most 200 and a value of at most 4000 characters");
        }
        store.run(em -> {
            em.createNativeQuery("DELETE FROM er_setting WHERE setting_key = ?").setParameter(1, key).executeUpdate();
            if (value != null) {
                em.createNativeQuery("INSERT INTO er_setting (setting_key, setting_value) VALUES (?, ?)").setParameter(1, key)
                        .setParameter(2, value).executeUpdate();
            }
        });
    }
}
