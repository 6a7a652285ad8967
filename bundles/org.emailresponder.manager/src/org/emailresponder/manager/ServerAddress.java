package org.emailresponder.manager;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.emailresponder.core.ValidationException;
import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailUrls;

/**
 * One server of a mail account in the parts a form shows (protocol, host, port, user, folder, STARTTLS), and the
 * account URL they make. Never holds a password: secrets go into {@link AccountSettings} separately.
 *
 * @param port 0 for the protocol's default port
 * @param folder IMAP folder; ignored (null) for POP3 and SMTP
 */
public record ServerAddress(String protocol, String host, int port, String user, String folder, boolean starttls) {
    public static final List<String> INCOMING = List.of("imap", "imaps", "pop3", "pop3s");
    public static final List<String> OUTGOING = List.of("smtp", "smtps");

    /** The parts of a stored account URL (as {@link MailUrls} reads it). */
    public static ServerAddress parse(String url) {
        try {
            MailEndpoint endpoint = MailUrls.parse(url, null);
            return new ServerAddress(endpoint.protocol(), endpoint.host(), endpoint.port(), endpoint.user(), endpoint.folder(),
                    endpoint.starttls());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    /** The port a protocol uses when none is given: 143 for imap, 993 for imaps, ... */
    public static int defaultPort(String protocol) {
        return parse(protocol + "://localhost").port();
    }

    /** Whether the protocol encrypts from the first byte (imaps, pop3s, smtps), so STARTTLS does not apply. */
    public boolean implicitTls() {
        return protocol.endsWith("s");
    }

    public boolean hasFolder() {
        return protocol.startsWith("imap");
    }

    /**
     * The URL, e.g. {@code imap://support%40example.test@mail.example.test:143/INBOX?starttls=true}.
     *
     * @param which "incoming" or "outgoing", for the messages
     * @throws ValidationException naming the part that is missing or wrong
     */
    public String toUrl(String which) {
        if (protocol == null || !(INCOMING.contains(protocol) || OUTGOING.contains(protocol))) {
            throw new ValidationException("The " + which + " server needs a protocol (imap, imaps, pop3, pop3s, smtp or smtps)");
        }
        String name = host == null ? "" : host.strip();
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || "/?#@".indexOf(c) >= 0)) {
            throw new ValidationException("The " + which + " server needs a host name without spaces, such as mail.example.com");
        }
        if (port < 0 || port > 65535) {
            throw new ValidationException("The " + which + " port must be between 1 and 65535 (empty for the default)");
        }
        if (starttls && implicitTls()) {
            throw new ValidationException("STARTTLS is for " + protocol.substring(0, protocol.length() - 1) + "; " + protocol
                    + " is encrypted already");
        }
        StringBuilder url = new StringBuilder(protocol).append("://");
        if (user != null && !user.isBlank()) {
            url.append(encode(user.strip(), false)).append('@');
        }
        url.append(name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name);
        if (port > 0) {
            url.append(':').append(port);
        }
        if (hasFolder() && folder != null && !folder.isBlank()) {
            url.append('/').append(encode(folder.strip(), true));
        }
        return starttls ? url.append("?starttls=true").toString() : url.toString();
    }

    /** Percent-encodes all but unreserved characters (and '/' in folder paths), as {@link MailUrls} decodes them. */
    private static String encode(String value, boolean keepSlash) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0 || keepSlash && c == '/')) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
