package org.emailresponder.mail;

/**
 * A non-body part of a message, decoded from its transfer encoding.
 *
 * @param name file name (decoded), or a generated one such as {@code part-2.bin} when the sender gave none
 * @param contentType MIME type in lower case without parameters, e.g. {@code application/pdf}
 * @param inline true when the part is meant to be shown inside the body (Content-Disposition inline or a
 *            Content-ID inside multipart/related)
 * @param contentId the Content-ID without angle brackets, or null
 * @param tnef true for Outlook's winmail.dat / application/ms-tnef containers
 */
public record ParsedAttachment(String name, String contentType, long size, boolean inline, String contentId,
        byte[] bytes, boolean tnef) {
}
