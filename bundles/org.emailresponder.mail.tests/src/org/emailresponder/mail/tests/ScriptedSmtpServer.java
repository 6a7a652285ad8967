package org.emailresponder.mail.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A one-connection SMTP server that records the MAIL FROM argument and either accepts every recipient or refuses
 * them with 550, as a real server does for an unknown mailbox (GreenMail accepts everybody and refuses {@code <>}).
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    private final boolean refuseRecipients;
    volatile String mailFrom;
    volatile boolean dataReceived;

    ScriptedSmtpServer(boolean refuseRecipients) throws IOException {
        this.refuseRecipients = refuseRecipients;
        socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        try (Socket client = socket.accept();
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = client.getOutputStream()) {
            reply(out, "220 refusing.example.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> reply(out, "250 refusing.example.test");
                    case "MAIL" -> {
                        mailFrom = line.substring(line.indexOf(':') + 1).strip();
                        reply(out, "250 ok");
                    }
                    case "RCPT" -> reply(out, refuseRecipients
                            ? "550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown" : "250 ok");
                    case "DATA" -> {
                        reply(out, "354 go on");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            dataReceived = true;
                        }
                        reply(out, "250 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException e) {
            // the test closed the server
        }
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
