package org.emailresponder.templates.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.emailresponder.contacts.ContactData;
import org.emailresponder.contacts.internal.ContactMapping;
import org.emailresponder.store.model.Contact;
import org.emailresponder.templates.RenderContext;
import org.emailresponder.templates.spi.VariableProvider;

/**
 * {@code $customer.firstName$} …: the context's contact, else the message's contact, else the contact owning the
 * sender address, else what the sender header says (display name and address).
 */
public final class CustomerVariables implements VariableProvider {
    @Override
    public Map<String, String> fields() {
        return Map.of("firstName", "first name", "lastName", "last name", "fullName", "first and last name",
                "company", "company", "email", "e-mail address", "phone", "phone", "language", "language code",
                "custom.*", "the contact's custom fields by name");
    }

    @Override
    public Map<String, ?> values(RenderContext context) {
        Optional<MessageInfo> message = MessageInfo.load(context);
        Optional<ContactData> contact = contact(context, message);
        Map<String, Object> values = new HashMap<>();
        if (contact.isPresent()) {
            ContactData c = contact.get();
            values.put("firstName", c.firstName());
            values.put("lastName", c.lastName());
            values.put("fullName", c.fullName());
            values.put("company", c.company());
            values.put("phone", c.phone());
            values.put("language", c.language());
            values.put("custom", c.customFields());
            String sender = message.map(MessageInfo::fromAddress).map(ContactData::normalizeAddress).orElse(null);
            values.put("email", sender != null && c.addresses().contains(sender) ? sender
                    : c.addresses().stream().findFirst().orElse(null));
        } else {
            message.ifPresent(m -> {
                values.put("email", m.fromAddress());
                values.put("fullName", m.fromName());
            });
        }
        values.values().removeIf(v -> v == null);
        return values;
    }

    private static Optional<ContactData> contact(RenderContext context, Optional<MessageInfo> message) {
        if (context.store() == null) {
            return Optional.empty();
        }
        Long id = context.contactId() != null ? context.contactId() : message.map(MessageInfo::contactId).orElse(null);
        return context.store().read(em -> {
            if (id != null) {
                return Optional.ofNullable(em.find(Contact.class, id)).map(ContactMapping::toData);
            }
            String address = message.map(MessageInfo::fromAddress).orElse(null);
            if (address == null) {
                return Optional.empty();
            }
            return em.createQuery("SELECT c FROM Contact c JOIN c.addresses a WHERE a = :a", Contact.class)
                    .setParameter("a", ContactData.normalizeAddress(address)).getResultList().stream().findFirst()
                    .map(ContactMapping::toData);
        });
    }
}
