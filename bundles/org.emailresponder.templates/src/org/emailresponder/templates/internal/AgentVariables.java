package org.emailresponder.templates.internal;

import java.util.HashMap;
import java.util.Map;

import org.emailresponder.store.model.UserAccount;
import org.emailresponder.templates.RenderContext;
import org.emailresponder.templates.spi.VariableProvider;

/** {@code $agent.name$}, signature, email: the agent writing the reply. */
public final class AgentVariables implements VariableProvider {
    @Override
    public Map<String, String> fields() {
        return Map.of("name", "the agent's display name", "signature", "the agent's signature", "email", "the agent's e-mail");
    }

    @Override
    public Map<String, ?> values(RenderContext context) {
        Map<String, Object> values = new HashMap<>();
        if (context.agent() == null) {
            return values;
        }
        values.put("name", context.agent().displayName());
        if (context.store() != null) {
            UserAccount user = context.store().read(em -> em.find(UserAccount.class, context.agent().userId()));
            if (user != null) {
                values.put("signature", user.getSignature());
                values.put("email", user.getEmail());
            }
        }
        values.values().removeIf(v -> v == null);
        return values;
    }
}
