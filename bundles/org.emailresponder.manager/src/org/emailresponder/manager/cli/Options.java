package org.emailresponder.manager.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command line words: positional arguments, {@code --name value} options and {@code --flag}s. */
final class Options {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> values = new HashMap<>();

    private Options() {
    }

    /**
     * @param flags options that take no value
     */
    static Options parse(List<String> args, Set<String> flags) {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (flags.contains(name)) {
                    options.values.put(name, "true");
                } else if (i + 1 < args.size()) {
                    options.values.put(name, args.get(++i));
                } else {
                    throw new CliException(Cli.USAGE, "--" + name + " needs a value");
                }
            } else {
                options.positional.add(arg);
            }
        }
        return options;
    }

    List<String> positional() {
        return positional;
    }

    String value(String name) {
        return values.get(name);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new CliException(Cli.USAGE, "--" + name + " is required");
        }
        return value;
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    int intValue(String name, int fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new CliException(Cli.USAGE, "--" + name + " must be a number, not " + value);
        }
    }

    void allowOnly(Set<String> names) {
        for (String name : values.keySet()) {
            if (!names.contains(name)) {
                throw new CliException(Cli.USAGE, "unknown option --" + name);
            }
        }
    }
}
