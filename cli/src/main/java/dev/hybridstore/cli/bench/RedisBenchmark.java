package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** redis-benchmark, Redis's own load generator: one command, a number of times on one connection; its p50 and p99 read back. */
public final class RedisBenchmark {

    private static final Tool REDIS_BENCHMARK = new Tool("redis-benchmark", "redis-tools");

    private RedisBenchmark() {
    }

    /** {@code command} sent {@code requests} times on one connection to the Redis at {@code url}. */
    public static Latency run(String url, int requests, Path workDir, String... command) throws InterruptedException {
        List<String> args = new ArrayList<>(List.of("-u", url, "-c", "1", "-n", String.valueOf(requests), "--csv"));
        args.addAll(Arrays.asList(command));
        return parseCsv(REDIS_BENCHMARK.run(args, Map.of(), workDir, Tool.QUIET));
    }

    /** {@code --csv}: a header line naming the columns, then one line per test; the first test's p50 and p99 (ms). */
    static Latency parseCsv(String output) {
        List<String> lines = output.lines().filter(l -> l.startsWith("\"")).toList();
        if (lines.size() < 2) {
            throw new CommandFailure("redis-benchmark printed no result: " + output.strip());
        }
        List<String> header = cells(lines.get(0));
        List<String> first = cells(lines.get(1));
        return new Latency(Double.parseDouble(first.get(header.indexOf("p50_latency_ms"))),
                Double.parseDouble(first.get(header.indexOf("p99_latency_ms"))));
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.substring(1, line.length() - 1).split("\",\"")).toList();
    }
}
