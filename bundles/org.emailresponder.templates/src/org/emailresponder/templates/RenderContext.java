package org.emailresponder.templates;

import java.util.Locale;
import java.util.Map;

import org.emailresponder.core.UserSession;
import org.emailresponder.store.Store;

/**
 * What a reply is personalized for. Variable providers read what they need from it (and from the store).
 *
 * @param messageId the message being answered, or null
 * @param contactId the contact, or null to use the message's contact or sender
 * @param productId the product, or null to use the analysis fact "product" (id or code)
 * @param agent the agent writing the reply (name, signature)
 * @param facts analysis facts (key to value) known to the caller; they win over facts stored with the message
 * @param locale for dates and numbers
 */
public record RenderContext(Store store, Long messageId, Long contactId, Long productId, UserSession agent,
        Map<String, String> facts, Locale locale) {

    public RenderContext {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** The usual case: answering a message as an agent. */
    public static RenderContext forMessage(Store store, long messageId, UserSession agent) {
        return new RenderContext(store, messageId, null, null, agent, null, null);
    }
}
