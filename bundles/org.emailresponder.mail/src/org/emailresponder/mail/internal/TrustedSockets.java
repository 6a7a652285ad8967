package org.emailresponder.mail.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.emailresponder.mail.MailException;
import org.emailresponder.mail.MailException.Kind;

/**
 * Socket factories that verify server certificates against the JVM's CAs plus an optional extra trust store
 * (PKCS#12 with an empty or "changeit" password, or PEM). Host names are checked by Jakarta Mail
 * ({@code ssl.checkserveridentity}).
 */
public final class TrustedSockets {

    private TrustedSockets() {
    }

    /** Factories by trust store and its modification time: building one reads the JVM's CA file. */
    private static final Map<String, SSLSocketFactory> CACHE = new ConcurrentHashMap<>();

    public static SSLSocketFactory factory(Path trustStore) throws MailException {
        String key;
        try {
            key = trustStore == null ? "" : trustStore.toAbsolutePath() + "@" + Files.getLastModifiedTime(trustStore).toMillis();
        } catch (IOException e) {
            throw new MailException(Kind.TLS, "Cannot read the trust store " + trustStore + ": " + e.getMessage(), e);
        }
        SSLSocketFactory cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        SSLSocketFactory created = create(trustStore);
        CACHE.put(key, created);
        return created;
    }

    private static SSLSocketFactory create(Path trustStore) throws MailException {
        try {
            List<X509TrustManager> managers = new ArrayList<>();
            managers.add(trustManager(null));
            if (trustStore != null) {
                managers.add(trustManager(load(trustStore)));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AnyOfTrustManager(managers)}, null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new MailException(Kind.TLS, "Cannot use the trust store " + trustStore + ": " + e.getMessage(), e);
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager available");
    }

    static KeyStore load(Path file) throws GeneralSecurityException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        String head = new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.US_ASCII);
        return head.contains("-----BEGIN") ? fromPem(bytes) : fromPkcs12(bytes);
    }

    private static KeyStore fromPem(byte[] bytes) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        int i = 0;
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            for (Certificate cert : cf.generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, cert);
            }
        }
        if (i == 0) {
            throw new CertificateException("no certificate found in the PEM file");
        }
        return store;
    }

    private static KeyStore fromPkcs12(byte[] bytes) throws GeneralSecurityException, IOException {
        IOException last = null;
        for (String password : new String[] {"", "changeit"}) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                store.load(in, password.toCharArray());
                return store;
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Trusts a chain when any of the given managers does (the JVM's CAs or the extra store). */
    private static final class AnyOfTrustManager implements X509TrustManager {
        private final List<X509TrustManager> managers;

        AnyOfTrustManager(List<X509TrustManager> managers) {
            this.managers = managers;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            CertificateException first = null;
            for (X509TrustManager manager : managers) {
                try {
                    manager.checkServerTrusted(chain, authType);
                    return;
                } catch (CertificateException e) {
                    first = first == null ? e : first;
                }
            }
            throw first;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not accepted here");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return managers.stream().flatMap(m -> java.util.Arrays.stream(m.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        }
    }
}
