package dev.hybridstore.cli.chaos;

import dev.hybridstore.cli.CliConfig;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hybridstore chaos all|FAULT...}: the fault campaign, one table row per fault. */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = "Break one component at a time under live load and count: accepted, stored, lost, duplicated, what clients saw, "
                + "time to recover. Exits 1 unless every row has 0 lost and 0 duplicated.")
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

    private final Campaign campaign;
    private final CliConfig config;
    private final String kafka;

    ChaosCommand(Campaign campaign, CliConfig config, @ConfigProperty(name = "hybridstore.kafka.bootstrap-servers") String kafka) {
        this.campaign = campaign;
        this.config = config;
        this.kafka = kafka;
    }

    @Override
    public Integer call() throws Exception {
        if (config.faultCommand().isEmpty()) {
            System.err.println("error: HYBRIDSTORE_CLI_FAULT_COMMAND is not set; run the campaign through ./suite chaos, which sets it");
            return 2;
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
            var unfit = fault.unfitFor(brokers);
            if (unfit.isPresent()) {
                rows.add(RowResult.skipped(fault, unfit.get()));
                System.out.printf("==> %s: skipped, %s%n", fault.id(), unfit.get());
                continue;
            }
            System.out.printf("==> %s: %s, under %s (%d s)%n", fault.id(), fault.description, fault.load.label, seconds);
            RowResult row = campaign.run(fault, settings);
            rows.add(row);
            System.out.printf("    %s%n", row.passed() ? "ok" : "FAILED");
        }
        System.out.println();
        System.out.print(ChaosTable.render(rows));
        return rows.stream().allMatch(RowResult::passed) ? 0 : 1;
    }

    /** The fault names, for help and completion. */
    static class FaultNames extends ArrayList<String> {
        FaultNames() {
            Arrays.stream(Fault.values()).map(Fault::id).forEach(this::add);
        }
    }
}
