package org.emailresponder.rules.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.emailresponder.rules.RoutableMessage;
import org.emailresponder.store.model.Contact;
import org.emailresponder.store.model.Message;

/** A stored message (with its facts, attachments and contact) as the rule engine sees it. */
public final class StoredMessage implements RoutableMessage {
    private final Message message;
    private final Map<String, List<String>> headers;
    private final Map<String, String> contactFields;
    private final List<Fact> facts;
    private final List<Attachment> attachments;

    private StoredMessage(Message message, List<Fact> facts, List<Attachment> attachments) {
        this.message = message;
        this.headers = HeaderBlock.parse(message.getHeaders());
        this.contactFields = contactFields(message.getContact());
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
        return new StoredMessage(message, facts, attachments);
    }

    /** A message with facts and attachments loaded by the caller (the batch router loads them for many messages at once). */
    public static StoredMessage of(Message message, List<Fact> facts, List<Attachment> attachments) {
        return new StoredMessage(message, List.copyOf(facts), List.copyOf(attachments));
    }

    private static Map<String, String> contactFields(Contact contact) {
        Map<String, String> fields = new HashMap<>();
        if (contact == null) {
            return fields;
        }
        fields.putAll(KeyValueText.parse(contact.getCustomFields()));
        put(fields, "firstName", contact.getFirstName());
        put(fields, "lastName", contact.getLastName());
        put(fields, "company", contact.getCompany());
        put(fields, "phone", contact.getPhone());
        put(fields, "language", contact.getLanguage());
        put(fields, "notes", contact.getNotes());
        return fields;
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key.toLowerCase(Locale.ROOT), value);
        }
    }

    public Message entity() {
        return message;
    }

    @Override
    public List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    @Override
    public String senderAddress() {
        return message.getFromAddress();
    }

    @Override
    public String senderName() {
        return message.getFromName();
    }

    @Override
    public String subject() {
        return message.getSubject();
    }

    @Override
    public String body() {
        if (message.getTextBody() != null) {
            return message.getTextBody();
        }
        String html = message.getHtmlBody();
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
        return message.getReceivedAt();
    }
}
