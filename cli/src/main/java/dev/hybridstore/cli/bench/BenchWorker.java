package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.cli.http.Api;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An ai-worker of the embedding benchmark's own, from the service's jar: no Kafka consumer, no timed sweep, the benchmark
 * endpoint on, N inference threads; the engines those of this CLI's environment. Its output goes to a log file.
 */
final class BenchWorker implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    final String url;

    private BenchWorker(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.url = "http://127.0.0.1:" + port;
    }

    static BenchWorker start(Path jar, int threads, int port, Path log) {
        ProcessBuilder builder = new ProcessBuilder(List.of(ExternalTool.java().path().toString(), "-Xms128m", "-Xmx1g", "-Dmp.messaging.incoming.embedding-requests.enabled=false",
                "-Dhybridstore.embedding.sweep-interval=off", "-Dhybridstore.bench.enabled=true", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("HYBRIDSTORE_CLI_"));
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("EMBEDDING_THREADS", String.valueOf(threads));
        try {
            return new BenchWorker(builder.start(), log, port);
        } catch (IOException e) {
            throw new CommandFailure("cannot start a bench worker from " + jar + ": " + e.getMessage());
        }
    }

    /** Waits until its status answers; a worker that exits or stays silent fails the command, pointing at its log. */
    void awaitUp(Api api) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new CommandFailure("the bench worker exited during start; see " + log);
            }
            try {
                if (api.get(URI.create(url + "/embeddings/status")).status() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new CommandFailure("the bench worker did not answer within " + START.toSeconds() + " s; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
