package org.emailresponder.mail;

/** One header field: the name as written and the value unfolded and decoded (RFC 2047, 8-bit text guessed). */
public record MailHeader(String name, String value) {
}
