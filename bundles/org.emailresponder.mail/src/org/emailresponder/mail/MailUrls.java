package org.emailresponder.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an account URL into a {@link MailEndpoint}. Accepted forms:
 * {@code imap://user%40example.test:secret@127.0.0.1:10143/INBOX}, {@code pop3s://user@host},
 * {@code smtp://127.0.0.1:10025?starttls=true}, and the STARTTLS scheme variants {@code imap+starttls},
 * {@code pop3+starttls}, {@code smtp+starttls}. User, password and folder are percent-decoded.
 */
public final class MailUrls {

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of(
            "imap", 143, "imaps", 993, "pop3", 110, "pop3s", 995, "smtp", 25, "smtps", 465);

    private MailUrls() {
    }

    /**
     * @param url the account URL
     * @param secret the password kept apart from the URL; null to take the password from the URL, if any
     * @throws IllegalArgumentException naming what is wrong with the URL (the secret is never echoed)
     */
    public static MailEndpoint parse(String url, String secret) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Mail server URL is empty");
        }
        URI uri = toUri(url.strip());
        String scheme = require(uri.getScheme(), url, "has no scheme such as imap:// or smtp://").toLowerCase(Locale.ROOT);
        boolean starttls = false;
        if (scheme.endsWith("+starttls") || scheme.endsWith("+tls")) {
            starttls = true;
            scheme = scheme.substring(0, scheme.indexOf('+'));
        }
        if (!DEFAULT_PORTS.containsKey(scheme)) {
            throw new IllegalArgumentException("Mail server URL " + redact(url) + " has the unknown scheme '" + scheme
                    + "' (expected imap, imaps, pop3, pop3s, smtp or smtps)");
        }
        String host = require(uri.getHost(), url, "has no host name");
        int port = uri.getPort() < 0 ? DEFAULT_PORTS.get(scheme) : uri.getPort();
        starttls |= queryFlag(uri.getRawQuery(), "starttls", url);
        if (starttls && scheme.endsWith("s")) {
            throw new IllegalArgumentException("Mail server URL " + redact(url)
                    + " asks for STARTTLS on a connection that is already TLS (" + scheme + ")");
        }
        String[] userInfo = userInfo(uri.getRawUserInfo());
        String password = secret != null ? secret : userInfo[1];
        return new MailEndpoint(scheme, host, port, userInfo[0], password, folder(scheme, uri.getRawPath()), starttls);
    }

    /** The plain protocol of a scheme: imap for imaps, and so on. */
    public static String baseProtocol(String scheme) {
        return scheme.endsWith("s") ? scheme.substring(0, scheme.length() - 1) : scheme;
    }

    private static URI toUri(String url) {
        try {
            URI uri = new URI(url);
            String authority = uri.getRawAuthority();
            if (uri.getHost() == null && authority != null && authority.indexOf('@') != authority.lastIndexOf('@')) {
                // user@example.test:pw@host written without %40: the last @ separates the user from the host
                int last = authority.lastIndexOf('@');
                String fixed = authority.substring(0, last).replace("@", "%40") + authority.substring(last);
                uri = new URI(url.replaceFirst(java.util.regex.Pattern.quote(authority), java.util.regex.Matcher.quoteReplacement(fixed)));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Mail server URL " + redact(url) + " is malformed: " + e.getReason()
                    + " (encode @ in user names as %40)", null);
        }
    }

    private static String require(String part, String url, String problem) {
        if (part == null || part.isEmpty()) {
            throw new IllegalArgumentException("Mail server URL " + redact(url) + " " + problem);
        }
        return part;
    }

    private static boolean queryFlag(String rawQuery, String name, String url) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return false;
        }
        boolean value = false;
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String val = eq < 0 ? "true" : decode(pair.substring(eq + 1)).toLowerCase(Locale.ROOT);
            if (!key.equalsIgnoreCase(name)) {
                throw new IllegalArgumentException("Mail server URL " + redact(url) + " has the unknown option '" + key + "'");
            }
            if (!val.equals("true") && !val.equals("false")) {
                throw new IllegalArgumentException("Mail server URL " + redact(url) + ": " + name + " must be true or false");
            }
            value = val.equals("true");
        }
        return value;
    }

    private static String[] userInfo(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new String[] {null, null};
        }
        int colon = raw.indexOf(':');
        return colon < 0 ? new String[] {decode(raw), null}
                : new String[] {decode(raw.substring(0, colon)), decode(raw.substring(colon + 1))};
    }

    private static String folder(String scheme, String rawPath) {
        if (!baseProtocol(scheme).equals("imap")) {
            return null;
        }
        if (rawPath == null || rawPath.isEmpty() || rawPath.equals("/")) {
            return "INBOX";
        }
        return decode(rawPath.substring(1));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URL without its password, for messages. */
    static String redact(String url) {
        int start = url.indexOf("://");
        if (start < 0) {
            return url;
        }
        start += 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        int at = url.lastIndexOf('@', end - 1);
        int colon = at < start ? -1 : url.indexOf(':', start);
        if (colon < 0 || colon > at) {
            return url;
        }
        return url.substring(0, colon + 1) + "***" + url.substring(at);
    }
}
