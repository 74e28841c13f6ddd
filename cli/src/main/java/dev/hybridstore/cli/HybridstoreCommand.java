package dev.hybridstore.cli;

import dev.hybridstore.cli.bench.BenchCommand;
import dev.hybridstore.cli.chaos.ChaosCommand;
import dev.hybridstore.cli.db.DbCommand;
import dev.hybridstore.cli.orders.OrdersCommand;
import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

/** {@code hybridstore}: the operator's commands, against the services' HTTP APIs and the engines. */
@TopCommand
@Command(name = "hybridstore", mixinStandardHelpOptions = true,
        subcommands = {BenchCommand.class, ChaosCommand.class, DbCommand.class, OrdersCommand.class},
        description = "Operate a running hybridstore suite.")
public class HybridstoreCommand {
}
