package dev.hybridstore.cli.orders;

import picocli.CommandLine.Command;

/** {@code hybridstore orders ...}: the order stream of the running suite. */
@Command(name = "orders", mixinStandardHelpOptions = true, subcommands = {SimulateCommand.class, ReplayDlqCommand.class},
        description = "Produce simulated orders, and replay dead letters.")
public class OrdersCommand {
}
