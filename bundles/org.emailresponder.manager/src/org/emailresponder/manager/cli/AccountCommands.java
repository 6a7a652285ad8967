package org.emailresponder.manager.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.emailresponder.core.UserSession;
import org.emailresponder.manager.AccountInfo;
import org.emailresponder.manager.AccountSettings;
import org.emailresponder.manager.ManagerContext;

/**
 * {@code emailresponder account add|edit|list|test|enable|disable|delete}. The command line runs as the Manager's
 * service identity; {@code MailAccounts} validates and audits every change as it does for the workbench.
 */
final class AccountCommands {
    static final String USE = "use: account add|edit|list|test|enable|disable|delete";
    private static final Set<String> ADD_FLAGS = Set.of("prompt", "delete-after-download", "disabled");
    private static final Set<String> ADD_OPTIONS = Set.of("name", "incoming", "outgoing", "from", "secret-file", "prompt",
            "outgoing-secret-file", "delete-after-download", "poll", "group", "disabled");
    /** What edit takes beyond add's options: the ways back from add's flags and optional values. */
    private static final Set<String> EDIT_ONLY_FLAGS = Set.of("enabled", "leave-on-server", "no-outgoing", "no-group");

    private final Commands commands;
    private final PrintStream out;
    private final BufferedReader in;

    AccountCommands(Commands commands, PrintStream out, BufferedReader in) {
        this.commands = commands;
        this.out = out;
        this.in = in;
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            throw new CliException(Cli.USAGE, USE);
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "add" -> add(Options.parse(rest, ADD_FLAGS));
            case "edit" -> edit(Options.parse(rest, union(ADD_FLAGS, EDIT_ONLY_FLAGS)));
            case "list" -> commands.withContext(this::list);
            case "test" -> test(name(rest, "account test NAME"));
            case "enable" -> setEnabled(name(rest, "account enable NAME"), true);
            case "disable" -> setEnabled(name(rest, "account disable NAME"), false);
            case "delete" -> delete(name(rest, "account delete NAME"));
            default -> throw new CliException(Cli.USAGE, "unknown account command " + args.get(0) + "; " + USE);
        };
    }

    private int add(Options o) {
        o.allowOnly(ADD_OPTIONS);
        if (!o.positional().isEmpty()) {
            throw new CliException(Cli.USAGE, "account add takes options only (--name N --incoming URL ...), not " + o.positional());
        }
        String secret = secret(o, o.value("name"));
        String outgoingSecret = o.value("outgoing-secret-file") != null ? readSecret(o.value("outgoing-secret-file")) : secret;
        AccountSettings settings = new AccountSettings(o.required("name"), o.required("incoming"), secret, o.value("outgoing"),
                o.value("outgoing") == null ? null : outgoingSecret, o.value("from"), o.intValue("poll", 60), o.flag("delete-after-download"),
                !o.flag("disabled"), o.value("group"));
        return commands.withContext(context -> {
            long id = context.accounts().add(UserSession.MANAGER_SERVICE, settings);
            out.println("account " + settings.name() + " added (id " + id + ")");
            return Cli.OK;
        });
    }

    /** Changes only what the options name; everything else (passwords included) stays as stored. */
    private int edit(Options o) {
        o.allowOnly(union(ADD_OPTIONS, EDIT_ONLY_FLAGS));
        String name = name(o.positional(), "account edit NAME [the options of account add]");
        refuseBoth(o, "delete-after-download", "leave-on-server");
        refuseBoth(o, "disabled", "enabled");
        refuseBoth(o, "outgoing", "no-outgoing");
        refuseBoth(o, "group", "no-group");
        if (o.flag("name") && o.value("name").isBlank()) {
            throw new CliException(Cli.USAGE, "--name needs a new name");
        }
        String secret = secret(o, name);
        String outgoingSecret = o.value("outgoing-secret-file") != null ? readSecret(o.value("outgoing-secret-file")) : secret;
        return commands.withContext(context -> {
            AccountInfo now = context.accounts().byName(UserSession.MANAGER_SERVICE, name);
            String outgoing = o.flag("no-outgoing") ? null : or(o.value("outgoing"), now.outgoingUrl());
            AccountSettings settings = new AccountSettings(or(o.value("name"), now.name()), or(o.value("incoming"), now.incomingUrl()),
                    secret, outgoing, outgoing == null ? null : outgoingSecret, or(o.value("from"), now.fromAddress()),
                    o.intValue("poll", now.pollSeconds()), choice(o, "delete-after-download", "leave-on-server", now.deleteAfterDownload()),
                    choice(o, "enabled", "disabled", now.enabled()), o.flag("no-group") ? null : or(o.value("group"), now.defaultGroup()));
            context.accounts().update(UserSession.MANAGER_SERVICE, now.id(), settings);
            boolean newPassword = secret != null || settings.outgoingSecret() != null;
            out.println("account " + name + (settings.name().equals(name) ? "" : " (now " + settings.name() + ")") + " changed"
                    + (newPassword ? ", password replaced" : ""));
            return Cli.OK;
        });
    }

    private int list(ManagerContext context) {
        List<AccountInfo> accounts = context.accounts().list(UserSession.MANAGER_SERVICE);
        if (accounts.isEmpty()) {
            out.println("no mail accounts (add one with: emailresponder account add --name N --incoming URL ...)");
        }
        for (AccountInfo a : accounts) {
            out.printf("%-20s %-8s %s%s poll %ds%s%s%n", a.name(), a.status(), a.incomingUrl(),
                    a.outgoingUrl() == null ? "" : " -> " + a.outgoingUrl(), a.pollSeconds(), a.enabled() ? "" : " DISABLED",
                    a.lastError() == null ? "" : " last error (" + a.failureCount() + "x): " + a.lastError());
        }
        return Cli.OK;
    }

    private int test(String name) {
        return commands.withContext(context -> {
            List<String> report = context.accounts().test(UserSession.MANAGER_SERVICE, name);
            report.forEach(out::println);
            return report.stream().allMatch(line -> line.startsWith("OK")) ? Cli.OK : Cli.PARTIAL;
        });
    }

    private int setEnabled(String name, boolean enabled) {
        return commands.withContext(context -> {
            AccountInfo account = context.accounts().byName(UserSession.MANAGER_SERVICE, name);
            context.accounts().setEnabled(UserSession.MANAGER_SERVICE, account.id(), enabled);
            out.println("account " + name + (enabled ? " enabled: polled at the next cycle" : " disabled: no longer polled"));
            return Cli.OK;
        });
    }

    private int delete(String name) {
        return commands.withContext(context -> {
            AccountInfo account = context.accounts().byName(UserSession.MANAGER_SERVICE, name);
            long kept = context.accounts().delete(UserSession.MANAGER_SERVICE, account.id());
            out.println("account " + name + " deleted; its " + kept + " stored messages were kept, mail on the server was not touched");
            return Cli.OK;
        });
    }

    /** The one positional argument, the account's name. */
    private static String name(List<String> args, String use) {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            throw new CliException(Cli.USAGE, "use: " + use);
        }
        return args.get(0);
    }

    private String secret(Options o, String accountName) {
        if (o.value("secret-file") != null && o.flag("prompt")) {
            throw new CliException(Cli.USAGE, "give either --secret-file or --prompt");
        }
        if (o.value("secret-file") != null) {
            return readSecret(o.value("secret-file"));
        }
        if (!o.flag("prompt")) {
            return null;
        }
        if (System.console() != null) {
            return new String(System.console().readPassword("Password for %s: ", accountName));
        }
        try {
            String line = in.readLine();
            if (line == null) {
                throw new CliException(Cli.INVALID, "no password on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new CliException(Cli.INVALID, "cannot read the password: " + e.getMessage());
        }
    }

    private static String readSecret(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new CliException(Cli.INVALID, "cannot read the secret file " + file + ": " + e.getMessage());
        }
    }

    private static void refuseBoth(Options o, String one, String other) {
        if (o.flag(one) && o.flag(other)) {
            throw new CliException(Cli.USAGE, "give either --" + one + " or --" + other);
        }
    }

    private static boolean choice(Options o, String yes, String no, boolean unchanged) {
        return o.flag(yes) || (!o.flag(no) && unchanged);
    }

    private static String or(String given, String stored) {
        return given != null ? given : stored;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
