package org.emailresponder.mail.tests;

import java.nio.charset.StandardCharsets;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;

/** Builds and delivers small test messages. */
final class TestMail {

    static final String USER = "support@example.test";
    static final String PASSWORD = "secret";

    private TestMail() {
    }

    static String raw(int n) {
        return "From: Customer " + n + " <customer" + n + "@example.test>\r\n"
                + "To: " + USER + "\r\n"
                + "Subject: Question number " + n + "\r\n"
                + "Message-ID: <q" + n + "@example.test>\r\n"
                + "Date: Fri, 27 Nov 2026 10:00:00 +0100\r\n"
                + "\r\n"
                + "Hello, this is question " + n + ".\r\n";
    }

    static void deliver(GreenMailUser user, int from, int to) {
        for (int n = from; n <= to; n++) {
            user.deliver(GreenMailUtil.newMimeMessage(raw(n)));
        }
    }

    static String text(byte[] raw) {
        return new String(raw, StandardCharsets.UTF_8);
    }
}
