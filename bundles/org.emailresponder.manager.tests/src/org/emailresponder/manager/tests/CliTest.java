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
        for (String command : new String[] {"db migrate", "account add", "account edit", "account list", "account test", "account enable",
                "account delete", "blocked list", "blocked add", "blocked remove", "fetch", "send", "run", "stats"}) {
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

    @Test
    void anOperatorBlocksADomainAndUnblocksItAndDownloadsFollowTheList() throws Exception {
        addSupportAccount();
        assertEquals(0, run("blocked", "list"));
        assertTrue(out.startsWith("no blocked senders"), out);
        assertEquals(0, run("blocked", "add", "--domain", "@Spam.test", "--reason", "sells pills"), err);
        assertTrue(out.startsWith("blocked domain spam.test (id "), out);
        assertEquals(0, run("blocked", "add", "--pattern", "newsletter-*@*"), err);
        assertEquals(0, run("blocked", "list"));
        String[] lines = out.split("\n");
        assertEquals(3, lines.length, out);
        assertTrue(lines[0].contains("KIND") && lines[0].contains("REASON"), "a header line: " + lines[0]);
        assertTrue(lines[1].matches("\\s*\\d+\\s+DOMAIN\\s+spam\\.test\\s+manager\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+sells pills"), lines[1]);
        assertTrue(lines[2].contains("PATTERN") && lines[2].contains("newsletter-*@*"), lines[2]);

        world.deliver(MailWorld.message("<1@mx.spam.test>", "x@mx.spam.test", "Pills", "", "buy"));
        world.deliver(MailWorld.message("<2@news.test>", "newsletter-7@news.test", "News", "", "read"));
        world.deliver(MailWorld.message("<3@customer.test>", "c@customer.test", "Help", "", "please"));
        assertEquals(0, run("fetch"), err);
        assertTrue(out.contains("stored 3, duplicates 0, quarantined 0, blocked 2,"), out);

        String domainId = lines[1].strip().split("\\s+")[0];
        assertEquals(0, run("blocked", "remove", domainId), err);
        assertTrue(out.startsWith("removed domain spam.test (id " + domainId + ")"), out);
        world.deliver(MailWorld.message("<4@mx.spam.test>", "x@mx.spam.test", "Hello again", "", "hi"));
        assertEquals(0, run("fetch"), err);
        assertTrue(out.contains("stored 1, duplicates 0, quarantined 0, blocked 0,"), "the domain is not blocked any more: " + out);
        assertEquals(0, run("blocked", "list"));
        assertFalse(out.contains("spam.test"), out);
    }

    @Test
    void wrongBlockedSenderCommandsSayWhatIsWrong() {
        assertEquals(0, run("db", "migrate"));
        assertEquals(2, run("blocked"));
        assertTrue(err.contains("blocked list"), err);
        assertEquals(2, run("blocked", "add", "--reason", "spam"));
        assertTrue(err.contains("exactly one of --address, --domain, --pattern"), err);
        assertEquals(2, run("blocked", "add", "--address", "a@b.test", "--domain", "b.test"));
        assertTrue(err.contains("got --address, --domain"), err);
        assertEquals(2, run("blocked", "add", "--domain"));
        assertTrue(err.contains("--domain needs a value"), err);
        assertEquals(2, run("blocked", "add", "--sender", "a@b.test"));
        assertTrue(err.contains("unknown option --sender"), err);
        assertEquals(3, run("blocked", "add", "--domain", "spam"));
        assertTrue(err.contains("'spam' is not a domain name"), err);
        assertEquals(3, run("blocked", "add", "--pattern", "re:([unclosed"));
        assertTrue(err.contains("re:([unclosed"), err);
        assertEquals(3, run("blocked", "add", "--pattern", "*"));
        assertTrue(err.contains("every sender"), err);
        assertEquals(0, run("blocked", "add", "--address", "a@b.test"));
        assertEquals(3, run("blocked", "add", "--address", "A@B.test"));
        assertTrue(err.contains("blocked already"), err);
        assertEquals(2, run("blocked", "remove", "a@b.test"));
        assertTrue(err.contains("the entry's ID"), err);
        assertEquals(3, run("blocked", "remove", "987654"));
        assertTrue(err.contains("no blocked sender with ID 987654"), err);
        assertEquals(0, run("blocked", "list"));
        assertTrue(out.contains("a@b.test"), "the failed commands changed nothing: " + out);
    }

    @Test
    void anOperatorEditsDisablesEnablesAndDeletesAnAccount() throws Exception {
        addSupportAccount();
        assertEquals(0, run("account", "edit", "support", "--name", "helpdesk", "--poll", "120", "--from", "help@example.test"), err);
        assertEquals("account support (now helpdesk) changed\n", out);
        assertEquals(0, run("account", "list"));
        assertTrue(out.startsWith("helpdesk") && out.contains("poll 120s") && out.contains(" -> " + world.smtpUrl()),
                "renamed, new interval, outgoing server kept: " + out);
        assertEquals(0, run("account", "test", "helpdesk"), "the stored password was kept: " + out + err);

        Path wrong = Files.createTempFile("pw", ".txt");
        Files.writeString(wrong, "not-the-password\n");
        assertEquals(0, run("account", "edit", "helpdesk", "--secret-file", wrong.toString(), "--no-outgoing"), err);
        assertTrue(out.contains("password replaced"), out);
        assertEquals(1, run("account", "test", "helpdesk"));
        assertTrue(out.startsWith("FAILED incoming") && !out.contains("outgoing"), "new password used, outgoing server gone: " + out);
        assertEquals(0, run("account", "edit", "helpdesk", "--secret-file", secretFile().toString()), err);

        assertEquals(0, run("account", "disable", "helpdesk"));
        assertTrue(out.contains("disabled"), out);
        assertEquals(0, run("account", "list"));
        assertTrue(out.contains("DISABLED"), out);
        world.deliver(MailWorld.message("<d1@customer.test>", "c@customer.test", "Hello", "", "b"));
        assertEquals(0, run("fetch"));
        assertTrue(out.contains("fetch: stored 0,") && !out.contains("helpdesk"), "a disabled account is not polled: " + out);
        assertEquals(0, run("account", "enable", "helpdesk"));
        assertEquals(0, run("fetch"), err);
        assertTrue(out.contains("helpdesk: stored 1,"), out);

        assertEquals(0, run("account", "delete", "helpdesk"), err);
        assertTrue(out.contains("account helpdesk deleted; its 1 stored messages were kept"), out);
        assertEquals(0, run("account", "list"));
        assertTrue(out.startsWith("no mail accounts"), out);
        assertEquals(0, run("stats", "--json"));
        assertTrue(out.startsWith("{\"messages\":1,"), "the stored message stays: " + out);
    }

    @Test
    void wrongAccountCommandsSayWhatIsWrong() throws Exception {
        addSupportAccount();
        assertEquals(2, run("account", "rename", "support"));
        assertTrue(err.contains("unknown account command rename") && err.contains("edit"), err);
        assertEquals(2, run("account", "delete"));
        assertTrue(err.contains("use: account delete NAME"), err);
        assertEquals(2, run("account", "enable", "support", "sales"));
        assertTrue(err.contains("use: account enable NAME"), err);
        assertEquals(2, run("account", "edit", "--poll", "30"));
        assertTrue(err.contains("use: account edit NAME"), err);
        assertEquals(2, run("account", "edit", "support", "--enabled", "--disabled"));
        assertTrue(err.contains("either --disabled or --enabled"), err);
        assertEquals(2, run("account", "edit", "support", "--poll", "often"));
        assertTrue(err.contains("--poll must be a number"), err);
        assertEquals(3, run("account", "edit", "support", "--poll", "1"));
        assertTrue(err.contains("at least 5 seconds"), err);
        assertEquals(3, run("account", "edit", "nobody", "--poll", "30"));
        assertTrue(err.contains("no mail account named nobody"), err);
        assertEquals(3, run("account", "disable", "nobody"));
        assertEquals(3, run("account", "delete", "nobody"));
        assertTrue(err.contains("no mail account named nobody"), err);
        assertEquals(0, run("account", "list"));
        assertTrue(out.startsWith("support") && out.contains("poll 30s") && !out.contains("DISABLED"), "nothing changed: " + out);
    }

    private void addSupportAccount() throws Exception {
        assertEquals(0, run("account", "add", "--name", "support", "--incoming", world.imapUrl(), "--outgoing", world.smtpUrl(),
                "--secret-file", secretFile().toString(), "--poll", "30"), err);
    }

    private static Path secretFile() throws Exception {
        Path secret = Files.createTempFile("pw", ".txt");
        Files.writeString(secret, MailWorld.PASSWORD + "\n");
        return secret;
    }
}
