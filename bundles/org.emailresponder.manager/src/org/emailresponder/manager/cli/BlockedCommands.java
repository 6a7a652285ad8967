package org.emailresponder.manager.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.emailresponder.core.UserSession;
import org.emailresponder.mail.SenderBlocklist.Kind;
import org.emailresponder.manager.BlockedSenders;
import org.emailresponder.manager.BlockedSenders.Entry;

/**
 * {@code emailresponder blocked list|add|remove}: the blocked-senders list. {@link BlockedSenders} validates and
 * audits as it does for the workbench; the command line acts as the Manager's service identity.
 */
final class BlockedCommands {
    static final String USE = "use: blocked list | blocked add --address A | --domain D | --pattern P [--reason R] | blocked remove ID";
    private static final Map<String, Kind> KIND_OPTIONS = Map.of("address", Kind.ADDRESS, "domain", Kind.DOMAIN, "pattern", Kind.PATTERN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Commands commands;
    private final PrintStream out;

    BlockedCommands(Commands commands, PrintStream out) {
        this.commands = commands;
        this.out = out;
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            throw new CliException(Cli.USAGE, USE);
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "list" -> list(rest);
            case "add" -> add(Options.parse(rest, Set.of()));
            case "remove" -> remove(rest);
            default -> throw new CliException(Cli.USAGE, "unknown blocked command " + args.get(0) + "; " + USE);
        };
    }

    private int list(List<String> args) {
        if (!args.isEmpty()) {
            throw new CliException(Cli.USAGE, "blocked list takes no arguments");
        }
        return commands.withStore(store -> {
            List<Entry> entries = new BlockedSenders(store).list(UserSession.MANAGER_SERVICE);
            if (entries.isEmpty()) {
                out.println("no blocked senders (block one with: emailresponder blocked add --domain example.test --reason ...)");
                return Cli.OK;
            }
            int width = Math.max(7, entries.stream().mapToInt(e -> e.pattern().length()).max().orElse(0));
            String line = "%6s  %-7s  %-" + width + "s  %-12s  %-16s  %s%n";
            out.printf(line, "ID", "KIND", "PATTERN", "CREATED BY", "CREATED AT", "REASON");
            for (Entry e : entries) {
                out.printf(line, e.id(), e.kind(), e.pattern(), e.createdBy(), e.createdAt() == null ? "" : TIME.format(e.createdAt()),
                        e.reason() == null ? "" : e.reason());
            }
            return Cli.OK;
        });
    }

    private int add(Options o) {
        o.allowOnly(Set.of("address", "domain", "pattern", "reason"));
        if (!o.positional().isEmpty()) {
            throw new CliException(Cli.USAGE, "blocked add takes --address, --domain or --pattern, not " + o.positional());
        }
        List<String> given = KIND_OPTIONS.keySet().stream().filter(o::flag).sorted().toList();
        if (given.size() != 1) {
            throw new CliException(Cli.USAGE, "give exactly one of --address, --domain, --pattern"
                    + (given.isEmpty() ? "" : " (got --" + String.join(", --", given) + ")"));
        }
        Kind kind = KIND_OPTIONS.get(given.get(0));
        return commands.withStore(store -> {
            Entry entry = new BlockedSenders(store).add(UserSession.MANAGER_SERVICE, kind, o.value(given.get(0)), o.value("reason"));
            out.println("blocked " + entry.kind().name().toLowerCase(Locale.ROOT) + " " + entry.pattern() + " (id " + entry.id()
                    + "): its mail is set aside as BLOCKED from the next download");
            return Cli.OK;
        });
    }

    private int remove(List<String> args) {
        if (args.size() != 1) {
            throw new CliException(Cli.USAGE, "use: blocked remove ID (the ID column of 'blocked list')");
        }
        long id;
        try {
            id = Long.parseLong(args.get(0));
        } catch (NumberFormatException e) {
            throw new CliException(Cli.USAGE, "blocked remove takes the entry's ID (a number from 'blocked list'), not " + args.get(0));
        }
        return commands.withStore(store -> {
            BlockedSenders blocked = new BlockedSenders(store);
            Entry entry = blocked.list(UserSession.MANAGER_SERVICE).stream().filter(e -> e.id() == id).findFirst()
                    .orElseThrow(() -> new CliException(Cli.INVALID, "there is no blocked sender with ID " + id + " (see: emailresponder blocked list)"));
            blocked.remove(UserSession.MANAGER_SERVICE, id);
            out.println("removed " + entry.kind().name().toLowerCase(Locale.ROOT) + " " + entry.pattern() + " (id " + id
                    + "): its next messages are routed again; those set aside already stay BLOCKED");
            return Cli.OK;
        });
    }
}
