package org.emailresponder.manager.cli;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.emailresponder.core.AccessDeniedException;
import org.emailresponder.core.Failures;
import org.emailresponder.core.ValidationException;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.store.StoreException;

/**
 * The {@code emailresponder} command line of the headless Manager. Exit codes: 0 done, 1 done with errors (some
 * accounts or messages failed, see the output), 2 wrong usage, 3 invalid input, 4 database unusable, 5 interrupted,
 * 6 failed unexpectedly (the message says why).
 */
public final class Cli {
    static final int OK = 0;
    static final int PARTIAL = 1;
    static final int USAGE = 2;
    static final int INVALID = 3;
    static final int DATABASE = 4;
    static final int INTERRUPTED = 5;
    static final int FAILED = 6;

    static final String HELP = """
            Email Responder Manager — usage: emailresponder <command> [options] [-db.url URL -db.user U -db.passwordFile F]
              help                                 this text
              db migrate                           create or upgrade the database schema
              account add --name N --incoming URL [--outgoing URL] [--from ADDRESS]
                          [--secret-file F | --prompt] [--outgoing-secret-file F]
                          [--delete-after-download] [--poll SECONDS] [--group NAME] [--disabled]
              account edit NAME [options of add]   change only what the options say; also --enabled, --leave-on-server,
                                                   --no-outgoing, --no-group, --from ''; a new password (--secret-file,
                                                   --prompt) applies to both servers unless --outgoing-secret-file is given
              account list                         accounts, their status and last error (no secrets)
              account test NAME                    log in to the account's servers
              account enable NAME | disable NAME   switch polling on (due at once) or off
              account delete NAME                  remove the account; its stored messages and replies stay
              blocked list                         blocked senders with their ID, who added them and why
              blocked add --address A | --domain D | --pattern P [--reason R]
                                                   set a sender's mail aside as BLOCKED at download; a domain includes
                                                   its subdomains; a pattern is a glob (*@*.spam.test) or re:REGEX
              blocked remove ID                    unblock (the sender's next messages are routed again)
              fetch                                download all accounts once; prints stored, duplicates,
                                                   quarantined, blocked, auto-replies, errors
              send                                 send the queued replies that are due, once
              run [--interval SECONDS] [--stdin]   poll and send until SIGTERM (or, with --stdin, until stdin closes)
              stats [--json]                       messages and replies by state
              bench routing --corpus DIR           routing accuracy (top-1, top-3) on the SpamAssassin ham corpus
            URLs look like imap://user%40example.test@mail.example.test:143/INBOX?starttls, pop3s://..., smtp://host:25
            The database is taken from -db.url, else EMAILRESPONDER_DB_URL, else the embedded H2 in the data folder.
            Account secrets are sealed with EMAILRESPONDER_SECRET_KEY or the data folder's secret.key.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final BufferedReader in;
    private final Map<String, String> env;

    public Cli(PrintStream out, PrintStream err, BufferedReader in, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.env = env;
    }

    /** Runs one command line and returns the process exit code. */
    public int run(String[] rawArgs) {
        List<String> args = commandWords(rawArgs);
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            out.print(HELP);
            return args.isEmpty() ? USAGE : OK;
        }
        try {
            DatabaseSettings db = DatabaseSettings.resolve(rawArgs, env, Map.of());
            return dispatch(args, db);
        } catch (CliException e) {
            err.println("emailresponder: " + e.getMessage());
            if (e.exitCode() == USAGE) {
                err.println("Run 'emailresponder help' for the commands.");
            }
            return e.exitCode();
        } catch (ValidationException | AccessDeniedException | IllegalArgumentException e) {
            err.println("emailresponder: " + e.getMessage());
            return INVALID;
        } catch (StoreException e) {
            err.println("emailresponder: database: " + Failures.describe(e));
            return DATABASE;
        } catch (RuntimeException e) {
            err.println("emailresponder: " + args.get(0) + " failed: " + Failures.describe(e));
            return FAILED;
        } finally {
            out.flush(); // the launcher may end the JVM without flushing
            err.flush();
        }
    }

    private int dispatch(List<String> args, DatabaseSettings db) {
        Commands commands = new Commands(db, out, err, in, env);
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "db" -> commands.db(rest);
            case "account" -> commands.account(rest);
            case "blocked" -> commands.blocked(rest);
            case "fetch" -> commands.fetch(rest);
            case "send" -> commands.send(rest);
            case "run" -> commands.run(rest);
            case "stats" -> commands.stats(rest);
            case "bench" -> BenchCommand.run(rest, out);
            default -> throw new CliException(USAGE, "unknown command " + args.get(0));
        };
    }

    /** The words after the launcher's and the database options (-db.*, -nosplash, -consoleLog ...). */
    static List<String> commandWords(String[] rawArgs) {
        List<String> words = new ArrayList<>();
        List<String> all = Arrays.asList(rawArgs);
        for (int i = 0; i < all.size(); i++) {
            String arg = all.get(i);
            if (arg.startsWith("-db.") || arg.startsWith("--db.")) {
                i++; // skip its value
            } else if (arg.startsWith("-") && !arg.startsWith("--")) {
                continue; // Equinox options that reached us
            } else {
                words.add(arg);
            }
        }
        return words;
    }
}
