package dev.hybridstore.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.cli.chaos.FaultDriver;
import dev.hybridstore.cli.embed.Backfill;
import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.output.Progress;
import dev.hybridstore.cli.output.Table;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hybridstore bench embed}: ai-worker's rows/s (claim, embed, write) against the raw model loop on the same texts, in
 * the same JVM, with 1 and 2 inference threads. The raw loop is the physical limit; the aim is at least 0.9 of it.
 */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "The embedding worker's rows/s against the model alone on the same texts and threads (the limit; aim >= 0.9), "
                + "and against PostgreSQL alone writing the same rows. Runs a worker of its own; a running ai-worker sits the run out.")
public class EmbedBenchCommand implements Callable<Integer> {

    private static final Duration RESTART = Duration.ofSeconds(180);

    /** small 200, medium 2,000, large 20,000 rows. */
    enum Scale {
        small(200), medium(2_000), large(20_000);

        final int rows;

        Scale(int rows) {
            this.rows = rows;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "2000", description = "rows embedded per run (default ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--threads", defaultValue = "1 2", paramLabel = "'1 2'", description = "inference thread counts, one run each (default '${DEFAULT-VALUE}')")
    String threads;

    @Option(names = "--scale", description = "small, medium or large: 200, 2,000 or 20,000 rows (instead of --rows)")
    Scale scale;

    @Option(names = "--port", description = "the bench worker's HTTP port (default: a free one)")
    Integer port;

    @Inject
    Api api;
    @Inject
    CliConfig config;
    @Inject
    FaultDriver faults;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path jar = config.aiWorkerJar().filter(Files::isRegularFile).orElseThrow(() -> new CommandFailure(
                "ai-worker's jar is not found: set HYBRIDSTORE_CLI_AI_WORKER_JAR (./suite builds it and sets it)"));
        int n = scale == null ? rows : scale.rows;
        boolean restart = api.live(config.aiWorkerUrl());
        if (restart) {
            // The stack's own worker would claim the benchmark's rows and share the cores: it sits the run out.
            if (config.faultCommand().isEmpty()) {
                throw new CommandFailure("an ai-worker runs at " + config.aiWorkerUrl() + " and would claim the benchmark's rows: stop it, "
                        + "or run ./suite bench embed, which stops and restarts it");
            }
            out.println("==> stopping the running ai-worker (restarted at the end)");
            out.flush();
            faults.run(new FaultDriver.Action("stop", "ai-worker"));
        }
        List<JsonNode> results = new ArrayList<>();
        try {
            for (String t : threads.trim().split("[\\s,]+")) {
                results.add(run(jar, Integer.parseInt(t), n, out));
            }
        } finally {
            if (restart) {
                restartWorker(out);
            }
        }
        out.println();
        out.print(table(results));
        out.println("raw: the model alone in a tight loop on the same texts and threads (aim: ratio >= 0.9).");
        out.println("index-write: PostgreSQL alone storing the same embedded rows, HNSW index included, in an identical empty table.");
        out.println("bound: what " + results.get(0).path("cores").asText() + " cores allow once that write's CPU is counted: "
                + "min(raw, cores / (threads / raw + 1 / index-write)).");
        out.flush();
        return 0;
    }

    /** One run: a worker of its own with {@code threads} threads, the backlog cleared first, then the benchmark. */
    private JsonNode run(Path jar, int threads, int n, PrintWriter out) throws Exception {
        Path log = config.apiLog().map(Path::getParent).orElse(Path.of(System.getProperty("java.io.tmpdir"))).resolve("bench-embed-" + threads + ".log");
        int workerPort = port == null ? BenchWorker.freePort() : port;
        out.printf("==> starting a bench worker with %d thread(s) on %d (log: %s)%n", threads, workerPort, log);
        out.flush();
        try (BenchWorker worker = BenchWorker.start(jar, threads, workerPort, log)) {
            worker.awaitUp(api);
            if (Backfill.status(api, worker.url).pending(Optional.empty()) > 0) {
                out.println("==> the database has rows waiting: embedding them first");
                new Backfill(api, out, Progress.onTerminal()).run(worker.url, Optional.empty(), List.of());
            }
            out.printf("==> benchmarking %d rows with %d thread(s)%n", n, threads);
            out.flush();
            Api.Answer answer = api.trigger(URI.create(worker.url + "/embeddings/bench?rows=" + n), Duration.ofHours(2));
            if (answer.status() != 200 || !answer.body().has("worker_rows_per_second")) {
                throw new CommandFailure("bench failed (HTTP " + answer.status() + "): " + answer.why() + "; see " + log);
            }
            return answer.body();
        }
    }

    /** The results side by side: the worker's rows/s, the model's alone, PostgreSQL's write alone, and the CPU bound of both. */
    static String table(List<JsonNode> results) {
        Table table = new Table("threads", "rows", "raw rows/s", "worker rows/s", "ratio", "index-write r/s", "bound rows/s", "of bound");
        for (JsonNode r : results) {
            table.row(Arrays.stream(new String[] {"threads", "rows", "raw_rows_per_second", "worker_rows_per_second", "ratio",
                    "indexed_write_rows_per_second", "cpu_bound_rows_per_second", "ratio_of_bound"}).map(f -> r.path(f).asText()).toArray());
        }
        return table.render();
    }

    private void restartWorker(PrintWriter out) throws InterruptedException {
        out.println("==> restarting the ai-worker");
        out.flush();
        faults.run(new FaultDriver.Action("start", "ai-worker"));
        if (!api.awaitReady(config.aiWorkerUrl(), RESTART)) {
            throw new CommandFailure("the ai-worker did not become ready within " + RESTART.toSeconds() + " s of its restart (./suite logs ai-worker)");
        }
    }
}
