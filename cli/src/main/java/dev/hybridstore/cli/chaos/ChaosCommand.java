package dev.hybridstore.cli.chaos;

import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.guard.ProductionGuard;
import dev.hybridstore.cli.guard.ProductionGuard.Refused;
import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.postgres.Postgres;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hybridstore chaos all|FAULT...}: the fault campaign, one table row per fault. */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = {"The fault campaign: break one component at a time under live load, count lost and doubled orders.",
                "Per fault: accepted, stored, lost, duplicated, what clients saw, time to recover. Exits 1 unless every row has 0 lost "
                        + "and 0 duplicated, 2 when refused (a production database without --confirm-production)."})
public class ChaosCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FAULT", description = "'all' (default) or fault names: ${COMPLETION-CANDIDATES}",
            completionCandidates = FaultNames.class)
    List<String> names = List.of("all");

    @Option(names = "--seconds", defaultValue = "40", description = "How long each fault's load runs (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--rate", defaultValue = "200", description = "Orders per second over 8 clients (default ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--reads", defaultValue = "200", description = "Reads per second over 4 readers (default ${DEFAULT-VALUE})")
    int reads;

    @Spec
    CommandSpec spec;

    @Option(names = "--confirm-production", paramLabel = "DB", description = "required when SUITE_ENV=production or the database is "
            + "marked production: the campaign kills the suite's engines and writes test rows into DATABASE_URL's database, which DB must name")
    String confirm;

    private final Campaign campaign;
    private final CliConfig config;
    private final String kafka;
    private final ProductionGuard guard;
    private final Postgres postgres;
    private final Api api;

    ChaosCommand(Campaign campaign, CliConfig config, @ConfigProperty(name = "hybridstore.kafka.bootstrap-servers") String kafka,
            ProductionGuard guard, Postgres postgres, Api api) {
        this.campaign = campaign;
        this.config = config;
        this.kafka = kafka;
        this.guard = guard;
        this.postgres = postgres;
        this.api = api;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            guard.check("the fault campaign (it kills the suite's engines and services and writes test rows) on", postgres, confirm)
                    .ifPresent(warning -> err.println("warning: " + warning));
        } catch (Refused e) {
            err.println("refused: " + e.getMessage());
            return ProductionGuard.REFUSED;
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        if (config.faultCommand().isEmpty()) {
            err.println("error: HYBRIDSTORE_CLI_FAULT_COMMAND is not set; run the campaign through ./suite chaos, which sets it");
            return 2;
        }
        if (!api.ready(config.apiUrl())) {
            err.println("error: core-api is not ready at " + config.apiUrl() + ": start the suite first (./suite up)");
            return 1;
        }
        List<Fault> faults = new ArrayList<>();
        for (String name : names) {
            if (name.equals("all")) {
                faults.addAll(Arrays.asList(Fault.values()));
            } else {
                faults.add(Fault.named(name).orElseThrow(() -> new IllegalArgumentException(
                        "unknown fault '" + name + "'; one of: all, " + String.join(", ", new FaultNames()))));
            }
        }
        int brokers = kafka.split(",").length;
        String run = "CH" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"));
        Campaign.Settings settings = new Campaign.Settings(Duration.ofSeconds(seconds), rate, reads, run);
        List<RowResult> rows = new ArrayList<>();
        for (Fault fault : faults) {
            var unfit = fault.unfitFor(brokers, config.topology());
            if (unfit.isPresent()) {
                rows.add(RowResult.skipped(fault, unfit.get()));
                out.printf("==> %s: skipped, %s%n", fault.id(), unfit.get());
                continue;
            }
            out.printf("==> %s: %s, under %s (%d s)%n", fault.id(), fault.description, fault.load.label, seconds);
            RowResult row = campaign.run(fault, settings);
            rows.add(row);
            out.printf("    %s%n", row.passed() ? "ok" : "FAILED");
            row.unexpected().forEach(line -> out.printf("    unexpected: %s%n", line));
        }
        out.println();
        out.print(ChaosTable.render(rows));
        out.flush();
        return rows.stream().allMatch(RowResult::passed) ? 0 : 1;
    }

    /** The fault names, for help and completion. */
    static class FaultNames extends ArrayList<String> {
        FaultNames() {
            Arrays.stream(Fault.values()).map(Fault::id).forEach(this::add);
        }
    }
}
