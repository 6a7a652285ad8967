package org.emailresponder.mail.tests;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.net.SocketFactory;

/** Plain sockets that record every byte the client sends, so a test can count protocol commands. */
final class RecordingSocketFactory extends SocketFactory {

    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

    /** The client's command lines so far. */
    synchronized List<String> commands() {
        return sent.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Override
    public Socket createSocket() {
        return new RecordingSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket s = new RecordingSocket();
        s.connect(new InetSocketAddress(host, port));
        return s;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return createSocket(host.getHostAddress(), port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return createSocket(address.getHostAddress(), port);
    }

    private final class RecordingSocket extends Socket {
        @Override
        public OutputStream getOutputStream() throws IOException {
            return new FilterOutputStream(super.getOutputStream()) {
                @Override
                public void write(int b) throws IOException {
                    synchronized (RecordingSocketFactory.this) {
                        sent.write(b);
                    }
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    synchronized (RecordingSocketFactory.this) {
                        sent.write(b, off, len);
                    }
                    out.write(b, off, len);
                }
            };
        }
    }
}
