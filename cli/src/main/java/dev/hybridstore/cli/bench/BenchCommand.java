package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.orders.OrdersBenchCommand;
import picocli.CommandLine.Command;

/** {@code hybridstore bench NAME}: each capability's benchmark, printed beside the limit measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {ApiBench.class, CacheBenchCommand.class, DbopsBench.class, EmbedBenchCommand.class, NasBench.class,
            OrdersBenchCommand.class, SearchBench.class},
        description = "Run a benchmark against the running suite; each prints its figure beside the engine's own limit.")
public class BenchCommand {
}
