package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.model.config.DatabaseUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * pgbench, PostgreSQL's own load generator: one SQL file on one connection for a number of seconds, each transaction's
 * latency logged ({@code --log}) and ranked here, so its p50 compares with ours.
 */
public final class Pgbench {

    private static final Tool PGBENCH = new Tool("pgbench", "postgresql-contrib");

    private final String conninfo;
    private final String password;

    /** The database of a JDBC URL; the password travels in PGPASSWORD, never on a command line. */
    public Pgbench(String jdbcUrl, String user, String password) {
        DatabaseUrl db = DatabaseUrl.parse("hybridstore.db.jdbc-url", jdbcUrl);
        this.conninfo = "host=" + db.host() + " port=" + db.port() + " dbname=" + db.database() + " user=" + user;
        this.password = password;
    }

    /** Latencies of {@code sql} run for {@code seconds} on one connection, in ms. */
    public Percentiles run(String sql, int seconds, Path workDir, LongConsumer eachSecond) throws InterruptedException {
        try {
            Path dir = Files.createTempDirectory(workDir, "pgbench");
            Files.writeString(dir.resolve("script.sql"), sql + "\n");
            PGBENCH.run(List.of("-n", "-c", "1", "-T", String.valueOf(seconds), "-f", "script.sql", "--log", "--log-prefix=lat", conninfo),
                    Map.of("PGPASSWORD", password), dir, eachSecond);
            try (Stream<Path> logs = Files.list(dir)) {
                List<String> lines = logs.filter(f -> f.getFileName().toString().startsWith("lat")).flatMap(Pgbench::lines).toList();
                return fromLog(lines);
            }
        } catch (IOException e) {
            throw new CommandFailure("cannot read pgbench's log in " + workDir + ": " + e.getMessage());
        }
    }

    /** The per-transaction log: {@code client transaction latency-us script epoch epoch-us}; the latencies in ms. */
    static Percentiles fromLog(List<String> lines) {
        return Percentiles.of(lines.stream().filter(l -> !l.isBlank()).mapToDouble(l -> Long.parseLong(l.trim().split("\\s+")[2]) / 1000.0)
                .toArray());
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new CommandFailure("cannot read pgbench's log " + file + ": " + e.getMessage());
        }
    }
}
