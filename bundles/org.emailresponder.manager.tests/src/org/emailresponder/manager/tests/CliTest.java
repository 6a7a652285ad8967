package org.emailresponder.manager.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.emailresponder.manager.cli.Cli;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.store.tests.TestDatabases;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command line as an operator uses it, against GreenMail and a fresh database. */
class CliTest {
    @AutoClose
    private final MailWorld world = new MailWorld();
    private DatabaseSettings db;
    private Path home;
    private Map<String, String> env;
    private String out;
    private String err;

    @BeforeEach
    void start() throws Exception {
        db = TestDatabases.fresh(TestDatabases.H2);
        home = Files.createTempDirectory("er-cli-home");
        env = Map.of("EMAILRESPONDER_DB_URL", db.url(), "EMAILRESPONDER_DB_USER", db.user(),
                "EMAILRESPONDER_SECRET_KEY", Base64.getEncoder().encodeToString(new byte[32]), "EMAILRESPONDER_HOME", home.toString());
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                new BufferedReader(new StringReader("")), env).run(args);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void anOperatorSetsUpAnAccountFetchesAndReadsTheCounts() throws Exception {
        assertEquals(0, run("help"));
        for (String command : new String[] {"db migrate", "account add", "account list", "account test", "fetch", "send", "run", "stats"}) {
            assertTrue(out.contains(command), "help lists " + command);
        }
        assertEquals(0, run("db", "migrate"));
        Path secret = Files.createTempFile("pw", ".txt");
        Files.writeString(secret, MailWorld.PASSWORD + "\n");
        assertEquals(0, run("account", "add", "--name", "support", "--incoming", world.imapUrl(), "--outgoing", world.smtpUrl(),
                "--secret-file", secret.toString(), "--poll", "30"), err);
        assertEquals(0, run("account", "list"));
        assertTrue(out.contains("support") && !out.contains(MailWorld.PASSWORD), out);
        assertEquals(0, run("account", "test", "support"), out + err);
        for (int i = 0; i < 5; i++) {
            world.deliver(MailWorld.message("<c" + i + "@customer.test>", "c@customer.test", "Q" + i, "", "b"));
        }
        world.deliver("\nnot a message\n");
        assertEquals(0, run("fetch"), err);
        assertTrue(out.contains("stored 6, duplicates 0, quarantined 1, blocked 0, auto-replies 0, errors 0"), out);
        assertTrue(Files.isDirectory(home.resolve("index")), "the search index lives in EMAILRESPONDER_HOME");
        assertEquals(0, run("fetch"));
        assertTrue(out.contains("stored 0"), out);
        assertEquals(0, run("stats", "--json"));
        assertTrue(out.startsWith("{\"messages\":6,"), out);
        assertTrue(out.contains("\"QUARANTINED\":1") && out.contains("\"ROUTED\":5"), out);
        assertEquals(0, run("send"));
    }

    @Test
    void mistakesEndWithAClearMessageAndANonZeroCode() {
        assertEquals(2, run());
        assertEquals(2, run("frobnicate"));
        assertTrue(err.contains("unknown command frobnicate"));
        assertEquals(2, run("account", "add", "--incoming", "imap://x@127.0.0.1"));
        assertTrue(err.contains("--name is required"));
        assertEquals(3, run("account", "add", "--name", "n", "--incoming", "gopher://x"));
        assertTrue(err.contains("not usable"), err);
        assertEquals(3, run("account", "test", "nobody"));
        assertFalse(err.isBlank());
    }
}
