package org.emailresponder.manager.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.emailresponder.manager.IngestResult;
import org.emailresponder.manager.ManagerContext;
import org.emailresponder.manager.ManagerListener;
import org.emailresponder.manager.SendResult;
import org.emailresponder.manager.Stats;
import org.emailresponder.manager.pipeline.AutomatedManager;
import org.emailresponder.store.DatabaseSettings;
import org.emailresponder.store.SchemaMigrator;
import org.emailresponder.store.Store;

/** The subcommands; each opens the database, does its work and closes it. */
final class Commands {
    private final DatabaseSettings db;
    private final PrintStream out;
    private final PrintStream err;
    private final BufferedReader in;
    private final Map<String, String> env;

    Commands(DatabaseSettings db, PrintStream out, PrintStream err, BufferedReader in, Map<String, String> env) {
        this.db = db;
        this.out = out;
        this.err = err;
        this.in = in;
        this.env = env;
    }

    interface Work {
        int run(ManagerContext context) throws SQLException, InterruptedException;
    }

    /** Opens the database and the wired Manager (mail accounts, secrets, transports) for one command. */
    int withContext(Work work) {
        try (Store store = Store.open(db); AutomatedManager automated = AutomatedManager.open(store, env)) {
            return work.run(automated.context());
        } catch (SQLException e) {
            err.println("emailresponder: database " + db.displayName() + ": " + e.getMessage());
            return Cli.DATABASE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.INTERRUPTED;
        }
    }

    /** Opens only the database, for commands that need no mail transports, secrets or search index. */
    int withStore(ToIntFunction<Store> work) {
        try (Store store = Store.open(db)) {
            return work.applyAsInt(store);
        }
    }

    int db(List<String> args) {
        if (!args.equals(List.of("migrate"))) {
            throw new CliException(Cli.USAGE, "use: db migrate");
        }
        try (Store store = Store.open(db)) {
            out.println("database " + db.displayName() + " is at schema version " + SchemaMigrator.latestVersion()
                    + (store.appliedMigrations().isEmpty() ? " (nothing to do)" : " (applied " + store.appliedMigrations() + ")"));
            return Cli.OK;
        }
    }

    int account(List<String> args) {
        return new AccountCommands(this, out, in).run(args);
    }

    int blocked(List<String> args) {
        return new BlockedCommands(this, out).run(args);
    }

    int fetch(List<String> args) {
        Options.parse(args, Set.of()).allowOnly(Set.of());
        return withContext(context -> {
            IngestResult result = context.service().fetch(true, printer());
            out.println("fetch: " + result);
            return result.errors() > 0 ? Cli.PARTIAL : Cli.OK;
        });
    }

    int send(List<String> args) {
        Options.parse(args, Set.of()).allowOnly(Set.of());
        return withContext(context -> {
            SendResult result = context.service().send();
            out.println("send: " + result);
            return result.failed() > 0 ? Cli.PARTIAL : Cli.OK;
        });
    }

    int run(List<String> args) {
        Options o = Options.parse(args, Set.of("stdin"));
        o.allowOnly(Set.of("interval", "stdin"));
        Duration interval = Duration.ofSeconds(o.intValue("interval", 5));
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            awaitQuietly(finished);
        }, "emailresponder-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        if (o.flag("stdin")) {
            Thread watcher = new Thread(() -> {
                drain();
                stop.set(true);
            }, "emailresponder-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }
        try {
            out.println("Manager running (interval " + interval.toSeconds() + " s); stop with SIGTERM" + (o.flag("stdin") ? " or by closing stdin" : ""));
            return withContext(context -> {
                context.service().run(interval, new ManagerListener() {
                    @Override
                    public void accountPolled(String account, IngestResult result) {
                        if (result.stored() + result.duplicates() + result.errors() > 0) {
                            out.println(account + ": " + result);
                        }
                    }

                    @Override
                    public void accountFailed(String account, String error) {
                        err.println(account + ": " + error);
                    }

                    @Override
                    public void repliesSent(SendResult result) {
                        if (!result.equals(SendResult.NONE)) {
                            out.println("outbox: " + result);
                        }
                    }

                    @Override
                    public boolean isCanceled() {
                        return stop.get();
                    }
                });
                out.println("Manager stopped");
                return Cli.OK;
            });
        } finally {
            finished.countDown();
        }
    }

    private void drain() {
        try {
            while (in.readLine() != null) {
                // keep reading until the other side closes stdin
            }
        } catch (IOException e) {
            // closed
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int stats(List<String> args) {
        Options o = Options.parse(args, Set.of("json"));
        o.allowOnly(Set.of("json"));
        return withContext(context -> {
            Stats stats = Stats.read(context.store());
            out.print(o.flag("json") ? stats.toJson() + "\n" : stats.toText());
            return Cli.OK;
        });
    }

    private ManagerListener printer() {
        return new ManagerListener() {
            @Override
            public void accountPolled(String account, IngestResult result) {
                out.println(account + ": " + result);
            }

            @Override
            public void accountFailed(String account, String error) {
                err.println(account + ": FAILED: " + error);
            }
        };
    }
}
