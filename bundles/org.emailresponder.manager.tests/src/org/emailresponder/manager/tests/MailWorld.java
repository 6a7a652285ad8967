package org.emailresponder.manager.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.emailresponder.core.UserSession;
import org.emailresponder.manager.AccountSettings;
import org.emailresponder.manager.IngestListener;
import org.emailresponder.manager.IngestOptions;
import org.emailresponder.manager.ManagerContext;
import org.emailresponder.manager.ReplySender;
import org.emailresponder.manager.SecretBox;
import org.emailresponder.manager.internal.MailBundleParsing;
import org.emailresponder.manager.transport.RegistryTransports;
import org.emailresponder.store.Store;
import org.emailresponder.store.tests.TestDatabases;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/** A fresh database, a GreenMail server (SMTP, POP3, IMAP on free ports) and a wired Manager, for one test. */
final class MailWorld implements AutoCloseable {
    static final String SUPPORT = "support@example.test";
    static final String PASSWORD = "s3cret-pw";

    final GreenMail greenMail;
    final GreenMailUser mailbox;
    final Store store;
    final SecretBox secrets;
    final List<Long> routed = new ArrayList<>();
    ManagerContext manager;

    MailWorld() {
        this(TestDatabases.H2);
    }

    MailWorld(String database) {
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_POP3_IMAP));
        greenMail.start();
        mailbox = greenMail.setUser(SUPPORT, SUPPORT, PASSWORD);
        store = Store.open(TestDatabases.fresh(database));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        secrets = new SecretBox(key);
        manager = manager(IngestOptions.defaults(), ReplySender.Policy.defaults(), "manager-A");
    }

    ManagerContext manager(IngestOptions options, ReplySender.Policy policy, String owner) {
        IngestListener listener = (account, ids) -> routed.addAll(ids);
        return new ManagerContext(store, secrets, new RegistryTransports(), new MailBundleParsing(), options, policy, List.of(listener), owner);
    }

    String imapUrl() {
        return "imap://" + SUPPORT.replace("@", "%40") + "@127.0.0.1:" + greenMail.getImap().getPort() + "/INBOX";
    }

    String pop3Url() {
        return "pop3://" + SUPPORT.replace("@", "%40") + "@127.0.0.1:" + greenMail.getPop3().getPort();
    }

    String smtpUrl() {
        return "smtp://127.0.0.1:" + greenMail.getSmtp().getPort();
    }

    long addAccount(String name, String incomingUrl, boolean deleteAfterDownload) {
        return manager.accounts().add(UserSession.MANAGER_SERVICE, new AccountSettings(name, incomingUrl, PASSWORD, smtpUrl(), null,
                SUPPORT, 60, deleteAfterDownload, true, null));
    }

    /** Puts raw RFC 822 text into the support mailbox (CRLF line ends). */
    void deliver(String raw) {
        try {
            byte[] bytes = raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            mailbox.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String message(String messageId, String from, String subject, String extraHeaders, String body) {
        return (messageId == null ? "" : "Message-ID: " + messageId + "\n") + "From: " + from + "\nTo: " + SUPPORT + "\nSubject: " + subject
                + "\nDate: Fri, 27 Nov 2026 10:00:00 +0000\n" + extraHeaders + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
                + body + "\n";
    }

    long count(String sql, Object... parameters) {
        return rows(sql, parameters).isEmpty() ? 0 : ((Number) rows(sql, parameters).get(0).get("c")).longValue();
    }

    List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection c = store.connection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new java.util.HashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql, Object... parameters) {
        try (Connection c = store.connection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
        store.close();
        TestDatabases.drop(store.settings());
    }
}
