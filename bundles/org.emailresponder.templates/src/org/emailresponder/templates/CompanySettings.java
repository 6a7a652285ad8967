package org.emailresponder.templates;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.emailresponder.core.Permission;
import org.emailresponder.core.UserSession;
import org.emailresponder.core.ValidationException;
import org.emailresponder.store.Store;
import org.emailresponder.store.StoreException;

/**
 * Company facts for templates ({@code $company.name$} …), stored as key/value rows in {@code er_setting} (keys
 * {@code company.name}, {@code company.website}, {@code company.phone}, {@code company.address},
 * {@code company.signature}). A key not in the table falls back to the system property {@code emailresponder.<key>},
 * e.g. {@code -Demailresponder.company.name=ACME}. Changing them needs {@link Permission#MANAGE_TEMPLATES}.
 */
public final class CompanySettings {
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
        for (String key : new String[] {"company.name", "company.website", "company.phone", "company.address", "company.signature"}) {
            String fallback = System.getProperty("emailresponder." + key);
            if (fallback != null) {
                values.put(key, fallback);
            }
        }
        try (Connection c = store.connection();
                PreparedStatement ps = c.prepareStatement("SELECT setting_key, setting_value FROM er_setting");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(2) != null) {
                    values.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read settings: " + e.getMessage(), e);
        }
        return values;
    }

    /** Stores a setting; a null value removes it. */
    public void put(UserSession session, String key, String value) {
        session.require(Permission.MANAGE_TEMPLATES);
        if (key == null || key.isBlank() || key.length() > 200 || (value != null && value.length() > 4000)) {
            throw new ValidationException("A setting needs a key of at most 200 and a value of at most 4000 characters");
        }
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM er_setting WHERE setting_key = ?")) {
                delete.setString(1, key);
                delete.executeUpdate();
            }
            if (value != null) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO er_setting (setting_key, setting_value) VALUES (?, ?)")) {
                    insert.setString(1, key);
                    insert.setString(2, value);
                    insert.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Cannot store setting " + key + ": " + e.getMessage(), e);
        }
    }
}
