package dev.hybridstore.cli;

import dev.hybridstore.cli.bench.BenchCommand;
import dev.hybridstore.cli.cache.CacheCommand;
import dev.hybridstore.cli.chaos.ChaosCommand;
import dev.hybridstore.cli.db.DbCommand;
import dev.hybridstore.cli.embed.EmbedCommand;
import dev.hybridstore.cli.orders.OrdersCommand;
import dev.hybridstore.cli.seed.SeedCommand;
import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

/** {@code hybridstore}: the operator's commands, against the services' HTTP APIs and the engines. */
@TopCommand
@Command(name = "hybridstore", mixinStandardHelpOptions = true,
        subcommands = {BenchCommand.class, CacheCommand.class, ChaosCommand.class, DbCommand.class, EmbedCommand.class,
            OrdersCommand.class, SeedCommand.class},
        description = "Operate a running hybridstore suite.")
public class HybridstoreCommand {
}
