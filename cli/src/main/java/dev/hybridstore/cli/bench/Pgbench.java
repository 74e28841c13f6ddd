package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Latency of a SQL script as pgbench runs it: one client, prepared statements, after an unmeasured warm-up pass; each
 * transaction's time comes from pgbench's per-transaction log and is ranked with {@link Percentiles}.
 */
public final class Pgbench {

    private final ExternalTool pgbench = ExternalTool.postgres("pgbench", "apt-get install postgresql-contrib (./suite up installs it)");
    private final Map<String, String> environment;
    private final Path work;

    /** {@code environment}: libpq's variables for the database; {@code work}: where the scripts and logs go. */
    public Pgbench(Map<String, String> environment, Path work) {
        this.environment = environment;
        this.work = work;
    }

    /** Milliseconds per transaction of {@code script} (pgbench's script language), over {@code transactions} of them. */
    public Percentiles latencies(String label, String script, int transactions) {
        try {
            Path file = work.resolve("script.sql");
            Files.writeString(file, script);
            // The figures are for a warm cache and prepared statements, as in a running service.
            pgbench.run(label + ", warm-up", List.of("-n", "-M", "prepared", "-c", "1", "-t", Integer.toString(transactions / 10 + 1),
                    "-f", file.toString()), environment, work, 0);
            try (Stream<Path> old = Files.list(work)) {
                for (Path log : old.filter(Pgbench::isLog).toList()) {
                    Files.delete(log);
                }
            }
            pgbench.run(label, List.of("-n", "-M", "prepared", "-c", "1", "-t", Integer.toString(transactions), "-f", file.toString(), "-l"),
                    environment, work, 0);
            try (Stream<Path> logs = Files.list(work)) {
                List<String> lines = logs.filter(Pgbench::isLog).flatMap(Pgbench::lines).toList();
                return Percentiles.of(latenciesMs(lines));
            }
        } catch (IOException e) {
            throw new CommandFailure(label + ": " + e.getMessage());
        }
    }

    /**
     * A per-transaction log's latencies in ms. Each line is {@code client_id transaction_no time script_no time_epoch
     * time_us [schedule_lag]}, {@code time} in microseconds.
     */
    static double[] latenciesMs(List<String> logLines) {
        return logLines.stream().filter(line -> !line.isBlank()).mapToDouble(line -> Long.parseLong(line.trim().split("\\s+")[2]) / 1000.0)
                .toArray();
    }

    private static boolean isLog(Path file) {
        return file.getFileName().toString().startsWith("pgbench_log.");
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + ": " + e.getMessage());
        }
    }
}
