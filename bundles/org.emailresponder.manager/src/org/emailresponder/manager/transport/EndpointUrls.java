package org.emailresponder.manager.transport;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;

/** Parses account URLs: {@code scheme://[user@]host[:port][/folder][?starttls]}; the user may be percent-encoded. */
final class EndpointUrls {
    private static final Map<String, Integer> PORTS = Map.of("imap", 143, "imaps", 993, "pop3", 110, "pop3s", 995, "smtp", 25,
            "smtps", 465);

    private EndpointUrls() {
    }

    static MailEndpoint parse(String url, String secret) throws MailException {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!PORTS.containsKey(scheme) || uri.getHost() == null) {
                throw new MailException(MailException.Kind.PROTOCOL, "not a mail server URL (imap, imaps, pop3, pop3s, smtp, smtps): " + url, null);
            }
            String user = uri.getRawUserInfo() == null ? null : URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8);
            String path = uri.getPath() == null || uri.getPath().length() <= 1 ? null : uri.getPath().substring(1);
            boolean starttls = uri.getQuery() != null && uri.getQuery().contains("starttls");
            int port = uri.getPort() > 0 ? uri.getPort() : PORTS.get(scheme);
            return new MailEndpoint(scheme, uri.getHost(), port, user, secret, path, starttls);
        } catch (URISyntaxException e) {
            throw new MailException(MailException.Kind.PROTOCOL, "malformed mail server URL: " + e.getMessage(), e);
        }
    }
}
