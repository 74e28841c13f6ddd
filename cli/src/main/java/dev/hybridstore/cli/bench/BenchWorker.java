package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.cli.http.Api;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service process of a benchmark's own, from the service's jar, on the engines of this CLI's environment; its output
 * goes to a log file. The embedding benchmark's ai-worker (no Kafka consumer, no timed sweep, the benchmark endpoint on,
 * N inference threads), and the overload phase's core-api with load shedding on.
 */
final class BenchWorker implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final String readyPath;
    final String url;

    private BenchWorker(Process process, Path log, int port, String readyPath) {
        this.process = process;
        this.log = log;
        this.readyPath = readyPath;
        this.url = "http://127.0.0.1:" + port;
    }

    static BenchWorker start(Path jar, int threads, int port, Path log) {
        return start(jar, List.of("-Xms128m", "-Xmx1g", "-Dmp.messaging.incoming.embedding-requests.enabled=false",
                "-Dhybridstore.embedding.sweep-interval=off", "-Dhybridstore.bench.enabled=true"),
                Map.of("EMBEDDING_THREADS", String.valueOf(threads)), port, log, "/embeddings/status");
    }

    /** A core-api with load shedding on, as the suite starts one (its heap), without the query-embedding model it does not need. */
    static BenchWorker sheddingCoreApi(Path jar, int port, Path log) {
        return start(jar, List.of("-Xms64m", "-Xmx512m", "-Dhybridstore.embedding.enabled=false"), Map.of("LOAD_SHEDDING_ENABLED", "true"),
                port, log, "/q/health/ready");
    }

    private static BenchWorker start(Path jar, List<String> jvmOptions, Map<String, String> env, int port, Path log, String readyPath) {
        List<String> command = new ArrayList<>(List.of(ExternalTool.java().path().toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("HYBRIDSTORE_CLI_"));
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(env);
        try {
            return new BenchWorker(builder.start(), log, port, readyPath);
        } catch (IOException e) {
            throw new CommandFailure("cannot start a bench service from " + jar + ": " + e.getMessage());
        }
    }

    /** Waits until its status answers; a worker that exits or stays silent fails the command, pointing at its log. */
    void awaitUp(Api api) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new CommandFailure("the bench service exited during start; see " + log);
            }
            try {
                if (api.get(URI.create(url + readyPath)).status() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new CommandFailure("the bench service did not answer within " + START.toSeconds() + " s; see " + log);
    }

    /** A port no process listens on now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
