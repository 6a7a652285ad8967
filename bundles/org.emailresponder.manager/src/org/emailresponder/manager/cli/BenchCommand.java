package org.emailresponder.manager.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.emailresponder.search.bench.RoutingBenchmark;

/** {@code bench routing --corpus DIR}: the search bundle's routing benchmark; needs no database. */
final class BenchCommand {
    private BenchCommand() {
    }

    static int run(List<String> args, PrintStream out) {
        if (args.isEmpty() || !args.get(0).equals("routing")) {
            throw new CliException(Cli.USAGE, "use: bench routing --corpus DIR");
        }
        Options o = Options.parse(args.subList(1, args.size()), Set.of());
        o.allowOnly(Set.of("corpus"));
        Path corpus = Path.of(o.required("corpus"));
        if (!Files.isDirectory(corpus)) {
            throw new CliException(Cli.INVALID, "no corpus folder " + corpus);
        }
        try {
            RoutingBenchmark.run(corpus, out);
            return Cli.OK;
        } catch (IOException e) {
            throw new CliException(Cli.INVALID, "cannot read the corpus " + corpus + ": " + e.getMessage());
        }
    }
}
