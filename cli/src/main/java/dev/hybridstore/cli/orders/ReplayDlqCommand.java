package dev.hybridstore.cli.orders;

import dev.hybridstore.cli.KafkaConfig;
import dev.hybridstore.cli.orders.DlqReplay.Route;
import dev.hybridstore.cli.orders.DlqReplay.Tally;
import dev.hybridstore.cli.output.Table;
import dev.hybridstore.model.kafka.DlqReason;
import dev.hybridstore.model.kafka.Topics;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hybridstore orders replay-dlq}: dead letters back on orders once their cause is fixed, exactly once. */
@Command(name = "replay-dlq", mixinStandardHelpOptions = true,
        description = "Put the dead letters of orders-dlq back on orders (key, value and timestamp unchanged, a replay count added) "
                + "and print what moved by reason. A rerun, even after a kill -9, moves nothing twice; a record replayed --limit "
                + "times is left in the DLQ and reported.")
public class ReplayDlqCommand implements Callable<Integer> {

    /** The replay's consumer groups on orders-dlq are {@value}-REASON; its transactional id is {@value}. */
    static final String NAME = "hybridstore-dlq-replay";

    @Option(names = "--reason", description = "Only this reason: ${COMPLETION-CANDIDATES} (default: every reason)",
            completionCandidates = ReasonNames.class)
    String reason;

    @Option(names = "--dry-run", description = "Show what would move; move and commit nothing")
    boolean dryRun;

    @Option(names = "--limit", defaultValue = "3", description = "Replays per record before it is left in the DLQ (default ${DEFAULT-VALUE})")
    int limit;

    @Inject
    KafkaConfig kafka;

    @Override
    public Integer call() {
        List<DlqReason> reasons = reason == null ? List.of(DlqReason.values()) : List.of(DlqReason.ofHeader(reason).orElseThrow(
                () -> new IllegalArgumentException("unknown reason '" + reason + "'; one of: " + String.join(", ", new ReasonNames()))));
        List<Tally> tallies;
        try (DlqReplay replay = new DlqReplay(kafka.bootstrapServers(), new Route(Topics.ORDERS_DLQ, Topics.ORDERS, NAME), () -> { })) {
            tallies = replay.replay(reasons, limit, dryRun);
        }
        Table table = new Table("reason", dryRun ? "would move" : "moved", "left (replayed " + limit + " times)");
        tallies.forEach(t -> table.row(t.reason().header(), t.moved(), t.held()));
        System.out.println(dryRun ? "==> dry run: nothing moved, no offset committed" : "==> moved from orders-dlq back to orders");
        System.out.print(table.render());
        return 0;
    }

    /** The reasons' header values, for help and completion. */
    static class ReasonNames extends ArrayList<String> {
        ReasonNames() {
            Arrays.stream(DlqReason.values()).map(DlqReason::header).forEach(this::add);
        }
    }
}
