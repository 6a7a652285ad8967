package org.emailresponder.mail.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A one-connection SMTP server offering STARTTLS (with the test CA's server key) and AUTH LOGIN/PLAIN only after
 * TLS, recording what the client did (GreenMail has no STARTTLS).
 */
final class StartTlsSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final SSLContext tls;
    volatile boolean tlsBeforeAuth;
    volatile String password;
    volatile String data;

    StartTlsSmtpServer(Path serverKeyStore, String storePassword) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverKeyStore)) {
            ks.load(in, storePassword.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, storePassword.toCharArray());
        tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::serve, "starttls-smtp");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        try (Socket plain = socket.accept()) {
            Socket current = plain;
            BufferedReader in = reader(current);
            OutputStream out = current.getOutputStream();
            boolean secure = false;
            reply(out, "220 starttls.example.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.toUpperCase();
                if (upper.startsWith("EHLO")) {
                    reply(out, secure ? "250-starttls.example.test\r\n250 AUTH LOGIN PLAIN" : "250-starttls.example.test\r\n250 STARTTLS");
                } else if (upper.equals("STARTTLS")) {
                    reply(out, "220 go ahead");
                    SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket(plain, null, plain.getPort(), false);
                    s.setUseClientMode(false);
                    s.startHandshake();
                    current = s;
                    in = reader(current);
                    out = current.getOutputStream();
                    secure = true;
                } else if (upper.startsWith("AUTH LOGIN")) {
                    tlsBeforeAuth = secure;
                    reply(out, "334 VXNlcm5hbWU6");
                    in.readLine();
                    reply(out, "334 UGFzc3dvcmQ6");
                    password = decode(in.readLine());
                    reply(out, "235 2.7.0 authenticated");
                } else if (upper.startsWith("AUTH PLAIN")) {
                    tlsBeforeAuth = secure;
                    String ir = line.length() > 11 ? line.substring(11).strip() : null;
                    if (ir == null || ir.isEmpty()) {
                        reply(out, "334 ");
                        ir = in.readLine();
                    }
                    String[] parts = decode(ir).split("\u0000");
                    password = parts[parts.length - 1];
                    reply(out, "235 2.7.0 authenticated");
                } else if (upper.equals("DATA")) {
                    reply(out, "354 end with .");
                    StringBuilder sb = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        sb.append(line).append("\r\n");
                    }
                    data = sb.toString();
                    reply(out, "250 2.0.0 queued");
                } else if (upper.equals("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 ok");
                }
            }
        } catch (IOException e) {
            // the client gave up (e.g. it refused our certificate) or the test closed the server
        }
    }

    private static String decode(String b64) {
        return new String(Base64.getDecoder().decode(b64.strip()), StandardCharsets.UTF_8);
    }

    private static BufferedReader reader(Socket s) throws IOException {
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
