package dev.hybridstore.cli;

import dev.hybridstore.cli.chaos.ChaosCommand;
import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

/** {@code hybridstore}: the operator's commands, against the services' HTTP APIs and the engines. */
@TopCommand
@Command(name = "hybridstore", mixinStandardHelpOptions = true, subcommands = ChaosCommand.class,
        description = "Operate a running hybridstore suite.")
public class HybridstoreCommand {
}
