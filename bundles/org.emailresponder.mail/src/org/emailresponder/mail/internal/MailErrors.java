package org.emailresponder.mail.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.Locale;

import javax.net.ssl.SSLException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.SendFailedException;

import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailException.Kind;

/** Maps Jakarta Mail failures to {@link MailException} kinds with a message an administrator understands. */
public final class MailErrors {

    private MailErrors() {
    }

    public static MailException map(Exception e, MailEndpoint endpoint, String action) {
        Kind kind = kindOf(e);
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new MailException(kind, action + " " + endpoint + " failed (" + kind + "): " + detail, e);
    }

    static Kind kindOf(Throwable e) {
        if (e instanceof AuthenticationFailedException) {
            return Kind.AUTHENTICATION;
        }
        if (e instanceof SendFailedException) {
            return Kind.REJECTED;
        }
        if (e instanceof FolderNotFoundException) {
            return Kind.PROTOCOL;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isTls(t)) {
                return Kind.TLS;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException || t instanceof SocketException) {
                return Kind.CONNECTION;
            }
            if (t instanceof jakarta.mail.MessagingException m && m.getNextException() != null && m.getNextException() != t.getCause()) {
                Kind nested = kindOf(m.getNextException());
                if (nested != Kind.PROTOCOL) {
                    return nested;
                }
            }
        }
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("couldn't connect") || text.contains("connection refused")) {
            return Kind.CONNECTION;
        }
        return Kind.PROTOCOL;
    }

    private static boolean isTls(Throwable t) {
        if (t instanceof SSLException || t instanceof GeneralSecurityException) {
            return true;
        }
        String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        return text.contains("verify identity") || text.contains("starttls") || text.contains("certificate");
    }
}
