package dev.hybridstore.cli.embed;

import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.output.Progress;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hybridstore embed --backfill | status}: ai-worker's embedding work. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "Embed every pending row now (--backfill, with a progress bar, rows/s and ETA), or show what is pending (status).")
public class EmbedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--backfill", description = "embed every pending row now and follow the progress")
    boolean backfill;

    @Option(names = "--source", paramLabel = "NAME", description = "one embedding source only (e.g. questions)")
    String source;

    @Option(names = "--where", paramLabel = "COLUMN=VALUE", description = "only rows with this value in one of the source's filter columns")
    List<String> where = List.of();

    @Inject
    Api api;
    @Inject
    CliConfig config;

    @Override
    public Integer call() throws InterruptedException {
        if (!backfill) {
            throw new ParameterException(spec.commandLine(), "usage: hybridstore embed --backfill [--source NAME] [--where column=value], or embed status");
        }
        new Backfill(api, spec.commandLine().getOut(), Progress.onTerminal()).run(config.aiWorkerUrl(), Optional.ofNullable(source), where);
        return 0;
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "One line: the model, rows pending per source, retrying, given up.")
    int status() throws InterruptedException {
        spec.commandLine().getOut().println(Backfill.status(api, config.aiWorkerUrl()).summary());
        return 0;
    }
}
