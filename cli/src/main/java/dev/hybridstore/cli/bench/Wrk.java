package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP load with wrk: GET {@code <prefix><id>} for ids drawn at random, or POST of bodies drawn at random (the CLI's own
 * wrk script, bench/random-path.lua), for a number of seconds, a closed loop or with think time per connection. The latency percentiles are wrk's own.
 */
public final class Wrk {

    private static final String SCRIPT = "bench/random-path.lua";

    private final ExternalTool wrk = ExternalTool.require("wrk", "apt-get install wrk (./suite up installs it)");
    private final String baseUrl;
    private final Path work;
    private final Path script;

    /** {@code work}: a directory for the script and the id files, the caller's to delete. */
    public Wrk(String baseUrl, Path work) {
        this.baseUrl = baseUrl;
        this.work = work;
        this.script = work.resolve("random-path.lua");
        try (InputStream in = Wrk.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the CLI's resources");
            }
            Files.copy(in, script);
        } catch (IOException e) {
            throw new CommandFailure("cannot write the wrk script into " + work + ": " + e.getMessage());
        }
    }

    /**
     * One load: GETs of prefix + id, or POSTs to prefix with one of {@code ids} as the JSON body; how many connections
     * and threads, for how long, with what think time (0: none).
     */
    public record Phase(String label, String method, List<String> ids, String prefix, Optional<String> header, int seconds,
            int connections, int threads, int thinkMs) {

        public static Phase of(String label, List<String> ids, String prefix, int seconds, int connections, int threads) {
            return new Phase(label, "GET", ids, prefix, Optional.empty(), seconds, connections, threads, 0);
        }

        public static Phase post(String label, List<String> bodies, String path, int seconds, int connections, int threads) {
            return new Phase(label, "POST", bodies, path, Optional.of("Content-Type: application/json"), seconds, connections, threads, 0);
        }

        public Phase withHeader(String nameAndValue) {
            return new Phase(label, method, ids, prefix, Optional.of(nameAndValue), seconds, connections, threads, thinkMs);
        }

        public Phase withThinkMs(int ms) {
            return new Phase(label, method, ids, prefix, header, seconds, connections, threads, ms);
        }

        /** The same load under another name, for another number of seconds (a warm-up, a paced run). */
        public Phase as(String otherLabel, int otherSeconds) {
            return new Phase(otherLabel, method, ids, prefix, header, otherSeconds, connections, threads, thinkMs);
        }
    }

    /** What wrk measured: throughput, its latency percentiles in ms, failed requests. */
    public record Result(double requestsPerSecond, double p50, double p95, double p99, long non2xx, long socketErrors, long requests) {

        public long failed() {
            return non2xx + socketErrors;
        }
    }

    /** Runs the phase, a line per second on stderr; failed requests are a warning, not a failure. */
    public Result run(Phase phase) {
        System.err.println("==> " + phase.label());
        Path ids = work.resolve("ids");
        try {
            Files.write(ids, phase.ids());
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + ids + ": " + e.getMessage());
        }
        List<String> args = new ArrayList<>(List.of("-t", Integer.toString(phase.threads()), "-c", Integer.toString(phase.connections()),
                "-d", phase.seconds() + "s", "--timeout", "5s", "-s", script.toString(), baseUrl, "--", ids.toString(), phase.prefix()));
        phase.header().ifPresent(args::add);
        ExternalTool.Finished run = wrk.run(phase.label(), args, Map.of("THINK_MS", Integer.toString(phase.thinkMs()), "METHOD", phase.method()), work, phase.seconds());
        Result result = parse(run.stdout()).orElseThrow(() -> new CommandFailure("wrk printed no result: " + run.stdout() + run.stderr()));
        if (result.failed() > 0) {
            System.err.printf("warning: %s: %d requests failed (%d non-2xx, %d socket errors)%n", phase.label(), result.failed(),
                    result.non2xx(), result.socketErrors());
        }
        return result;
    }

    /** The RESULT line the script prints at the end of wrk's output. */
    static Optional<Result> parse(String output) {
        return output.lines().filter(line -> line.startsWith("RESULT ")).findFirst().map(line -> {
            String[] f = line.trim().split("\\s+");
            return new Result(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]));
        });
    }
}
