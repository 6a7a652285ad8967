package org.emailresponder.mail.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away CA and a server certificate signed by it for {@code localhost} only, made with the JDK's keytool
 * at test time (nothing secret is committed).
 */
final class TestCertificates {

    static final String PASSWORD = "changeit";

    final Path caPem;
    final Path serverKeyStore;

    private TestCertificates(Path caPem, Path serverKeyStore) {
        this.caPem = caPem;
        this.serverKeyStore = serverKeyStore;
    }

    static TestCertificates create(Path dir) throws Exception {
        Path ca = dir.resolve("ca.p12");
        Path server = dir.resolve("server.p12");
        keytool("-genkeypair", "-keystore", ca, "-alias", "ca", "-dname", "CN=Email Responder Test CA",
                "-ext", "bc:c", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2");
        Files.copy(ca, server);
        // keytool (JDK 19+) signs the new key pair with the CA in the same store: one JVM start instead of five
        keytool("-genkeypair", "-keystore", server, "-alias", "server", "-dname", "CN=localhost", "-signer", "ca",
                "-signerkeypass", PASSWORD, "-ext", "san=dns:localhost", "-keyalg", "EC", "-groupname", "secp256r1",
                "-validity", "2");
        KeyStore serverStore = load(server);
        serverStore.deleteEntry("ca"); // the server must present only its own key
        try (OutputStream out = Files.newOutputStream(server)) {
            serverStore.store(out, PASSWORD.toCharArray());
        }
        Path caPem = dir.resolve("ca.pem");
        Certificate caCert = load(ca).getCertificate("ca");
        Files.writeString(caPem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(caCert.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        return new TestCertificates(caPem, server);
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static void keytool(Object... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
        for (Object a : args) {
            command.add(a.toString());
        }
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        if (args[0].equals("-genkeypair")) {
            command.addAll(List.of("-keypass", PASSWORD));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("keytool failed: " + String.join(" ", command) + "\n" + out);
        }
    }

}
