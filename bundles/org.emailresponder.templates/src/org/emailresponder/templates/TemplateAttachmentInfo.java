package org.emailresponder.templates;

/** A template attachment without its data. */
public record TemplateAttachmentInfo(long id, long templateId, String fileName, String contentType) {
}
