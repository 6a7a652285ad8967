package org.emailresponder.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A {@link RoutableMessage} filled by its caller (analysis results, tests, the simulator). */
public final class SimpleRoutableMessage implements RoutableMessage {
    private final Map<String, List<String>> headers = new HashMap<>();
    private final Map<String, String> contactFields = new HashMap<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private String senderAddress;
    private String senderName;
    private String subject;
    private String body;
    private Instant receivedAt = Instant.now();

    public SimpleRoutableMessage sender(String address, String name) {
        this.senderAddress = address;
        this.senderName = name;
        return this;
    }

    public SimpleRoutableMessage subject(String value) {
        this.subject = value;
        return this;
    }

    public SimpleRoutableMessage body(String value) {
        this.body = value;
        return this;
    }

    public SimpleRoutableMessage receivedAt(Instant value) {
        this.receivedAt = value;
        return this;
    }

    public SimpleRoutableMessage header(String name, String value) {
        headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
        return this;
    }

    public SimpleRoutableMessage contactField(String field, String value) {
        contactFields.put(field.toLowerCase(Locale.ROOT), value);
        return this;
    }

    public SimpleRoutableMessage fact(String key, String value, double confidence) {
        facts.add(new Fact(key, value, confidence));
        return this;
    }

    public SimpleRoutableMessage attachment(String fileName, String contentType, long sizeBytes) {
        attachments.add(new Attachment(fileName, contentType, sizeBytes));
        return this;
    }

    @Override
    public List<String> header(String name) {
        return List.copyOf(headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()));
    }

    @Override
    public String senderAddress() {
        return senderAddress;
    }

    @Override
    public String senderName() {
        return senderName;
    }

    @Override
    public String subject() {
        return subject;
    }

    @Override
    public String body() {
        return body;
    }

    @Override
    public String contactField(String field) {
        return contactFields.get(field.toLowerCase(Locale.ROOT));
    }

    @Override
    public List<Fact> facts() {
        return List.copyOf(facts);
    }

    @Override
    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    @Override
    public Instant receivedAt() {
        return receivedAt;
    }
}
