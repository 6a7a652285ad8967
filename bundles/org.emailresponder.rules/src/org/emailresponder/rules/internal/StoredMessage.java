package org.emailresponder.rules.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.emailresponder.rules.MessageContent;
import org.emailresponder.rules.RoutableMessage;
import org.emailresponder.store.model.Contact;
import org.emailresponder.store.model.Message;

/** A stored message (with its facts, attachments and contact) as the rule engine sees it. */
public final class StoredMessage implements RoutableMessage {
    private final MessageContent content;
    private final Map<String, List<String>> headers;
    private final Map<String, String> contactFields;
    private final List<Fact> facts;
    private final List<Attachment> attachments;

    private StoredMessage(MessageContent content, Map<String, String> contactFields, List<Fact> facts, List<Attachment> attachments) {
        this.content = content;
        this.headers = HeaderBlock.parse(content.headers());
        this.contactFields = contactFields;
        this.facts = facts;
        this.attachments = attachments;
    }

    public static StoredMessage load(EntityManager em, Message message) {
        // plain projections: EclipseLink resolves constructor-query classes with the store bundle's class loader
        List<Fact> facts = em.createQuery("SELECT f.factKey, f.factValue, f.confidence FROM MessageFact f"
                + " WHERE f.message.id = :id ORDER BY f.id", Object[].class).setParameter("id", message.getId()).getResultList()
                .stream().map(r -> new Fact((String) r[0], (String) r[1], ((Number) r[2]).doubleValue())).toList();
        List<Attachment> attachments = em.createQuery("SELECT a.fileName, a.contentType, a.sizeBytes FROM Attachment a"
                + " WHERE a.message.id = :id ORDER BY a.id", Object[].class).setParameter("id", message.getId()).getResultList()
                .stream().map(r -> new Attachment((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
        Contact contact = message.getContact();
        Map<String, String> fields = contact == null ? Map.of() : contactFields(contact.getCustomFields(), contact.getFirstName(),
                contact.getLastName(), contact.getCompany(), contact.getPhone(), contact.getLanguage(), contact.getNotes());
        return new StoredMessage(new MessageContent(message.getHeaders(), message.getFromAddress(), message.getFromName(),
                message.getSubject(), message.getTextBody(), message.getHtmlBody(), message.getReceivedAt()), fields, facts, attachments);
    }

    /**
     * A message read by the caller (the batch router reads many at once with plain queries).
     *
     * @param contactFields from {@link #contactFields}, empty without a contact
     */
    public static StoredMessage of(MessageContent content, Map<String, String> contactFields, List<Fact> facts, List<Attachment> attachments) {
        return new StoredMessage(content, contactFields, List.copyOf(facts), List.copyOf(attachments));
    }

    /** The fields of a contact as rules name them (custom fields, then the columns under their own names). */
    public static Map<String, String> contactFields(String customFields, String firstName, String lastName, String company,
            String phone, String language, String notes) {
        Map<String, String> fields = new HashMap<>(KeyValueText.parse(customFields));
        put(fields, "firstName", firstName);
        put(fields, "lastName", lastName);
        put(fields, "company", company);
        put(fields, "phone", phone);
        put(fields, "language", language);
        put(fields, "notes", notes);
        return fields;
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key.toLowerCase(Locale.ROOT), value);
        }
    }

    @Override
    public List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    @Override
    public String senderAddress() {
        return content.fromAddress();
    }

    @Override
    public String senderName() {
        return content.fromName();
    }

    @Override
    public String subject() {
        return content.subject();
    }

    @Override
    public String body() {
        if (content.textBody() != null) {
            return content.textBody();
        }
        String html = content.htmlBody();
        return html == null ? null : html.replaceAll("(?s)<[^>]*>", " ");
    }

    @Override
    public String contactField(String field) {
        return contactFields.get(field.toLowerCase(Locale.ROOT));
    }

    @Override
    public List<Fact> facts() {
        return new ArrayList<>(facts);
    }

    @Override
    public List<Attachment> attachments() {
        return new ArrayList<>(attachments);
    }

    @Override
    public Instant receivedAt() {
        return content.receivedAt();
    }
}
