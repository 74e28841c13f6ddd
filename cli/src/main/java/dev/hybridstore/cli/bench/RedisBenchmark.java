package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Redis's own speed for one command, as redis-benchmark measures it (its latency percentiles are its own). */
public final class RedisBenchmark {

    private final ExternalTool tool = ExternalTool.require("redis-benchmark", "apt-get install redis-tools (./suite up installs it)");
    private final URI redis;

    /** {@code redisUrl}: the deployment's REDIS_URL (redis://host:port). */
    public RedisBenchmark(String redisUrl) {
        this.redis = URI.create(redisUrl.split(",")[0].trim());
    }

    /** Requests per second and latency in ms of one command. */
    public record Result(double requestsPerSecond, double p50, double p95, double p99) {
    }

    public Result run(int connections, int requests, String... command) {
        ExternalTool.Finished run;
        try {
            run = run(redis.getHost(), redis.getPort() < 0 ? 6379 : redis.getPort(), connections, requests, command);
        } catch (CommandFailure e) {
            // On a Redis Cluster: again on the node of the key's slot (redis-benchmark --cluster sends a command-line key anywhere).
            URI node = movedTo(e.getMessage()).orElseThrow(() -> e);
            run = run(node.getHost(), node.getPort(), connections, requests, command);
        }
        ExternalTool.Finished last = run;
        return parse(last.stdout(), command[0]).orElseThrow(() -> new CommandFailure(
                "redis-benchmark gave no " + command[0] + " figure on " + redis + ": " + last.stdout() + last.stderr()));
    }

    /** The node a cluster's {@code MOVED <slot> host:port} answer names. */
    static Optional<URI> movedTo(String output) {
        Matcher m = Pattern.compile("MOVED \\d+ (\\S+:\\d+)").matcher(output);
        return m.find() ? Optional.of(URI.create("redis://" + m.group(1))) : Optional.empty();
    }

    private ExternalTool.Finished run(String host, int port, int connections, int requests, String... command) {
        List<String> args = new ArrayList<>(List.of("-h", host, "-p", Integer.toString(port),
                "-c", Integer.toString(connections), "-n", Integer.toString(requests), "-q", "--csv"));
        args.addAll(List.of(command));
        System.err.println("==> redis-benchmark " + String.join(" ", args));
        return tool.run("redis-benchmark " + command[0], args, Map.of(), Path.of("."), 0);
    }

    /**
     * The command's row of the CSV: "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms",
     * "p99_latency_ms","max_latency_ms".
     */
    static Optional<Result> parse(String csv, String command) {
        return csv.lines().map(line -> line.replace("\"", "").split(",")).filter(f -> f.length >= 7 && f[0].startsWith(command + " "))
                .findFirst().map(f -> new Result(Double.parseDouble(f[1]), Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])));
    }
}
