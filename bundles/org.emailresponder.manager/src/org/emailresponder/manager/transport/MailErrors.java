package org.emailresponder.manager.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.emailresponder.mail.MailEndpoint;
import org.emailresponder.mail.MailException;

/** Turns Jakarta Mail exceptions into {@link MailException}s an administrator can act on. */
final class MailErrors {
    private MailErrors() {
    }

    static MailException of(MailEndpoint endpoint, Exception e) {
        String where = endpoint.toString() + ": ";
        if (e instanceof AuthenticationFailedException) {
            return new MailException(MailException.Kind.AUTHENTICATION, where + "login failed (" + e.getMessage() + ")", e);
        }
        if (e instanceof SendFailedException) {
            return new MailException(MailException.Kind.REJECTED, where + "the server refused the message: " + e.getMessage(), e);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException) {
                return new MailException(MailException.Kind.TLS, where + "TLS failed: " + cause.getMessage(), e);
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException || cause instanceof SocketTimeoutException
                    || (cause instanceof IOException && !(cause instanceof MessagingException))) {
                return new MailException(MailException.Kind.CONNECTION, where + "cannot reach the server: " + cause, e);
            }
        }
        if (e instanceof MessagingException me && me.getMessage() != null && me.getMessage().contains("connect")) {
            return new MailException(MailException.Kind.CONNECTION, where + e.getMessage(), e);
        }
        return new MailException(MailException.Kind.PROTOCOL, where + e.getMessage(), e);
    }
}
