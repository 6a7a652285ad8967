package org.emailresponder.templates.internal;

import java.util.HashMap;
import java.util.Map;

import org.emailresponder.templates.CompanySettings;
import org.emailresponder.templates.RenderContext;
import org.emailresponder.templates.spi.VariableProvider;

/** {@code $company.name$} …: from {@link CompanySettings} (table er_setting, system properties as fallback). */
public final class CompanyVariables implements VariableProvider {
    @Override
    public Map<String, String> fields() {
        return Map.of("name", "company name (setting company.name)", "website", "company.website", "phone", "company.phone",
                "address", "company.address", "signature", "company.signature");
    }

    @Override
    public Map<String, ?> values(RenderContext context) {
        Map<String, Object> values = new HashMap<>();
        if (context.store() == null) {
            return values;
        }
        new CompanySettings(context.store()).all().forEach((key, value) -> {
            if (key.startsWith("company.")) {
                values.put(key.substring("company.".length()), value);
            }
        });
        return values;
    }
}
