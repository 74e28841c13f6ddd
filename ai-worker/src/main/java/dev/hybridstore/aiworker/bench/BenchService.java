package dev.hybridstore.aiworker.bench;

import dev.hybridstore.aiworker.embedding.EmbeddingService;
import dev.hybridstore.embedding.Embedder;
import dev.hybridstore.embedding.OnnxEmbedder;
import dev.hybridstore.platform.problem.ProblemException;
import io.quarkus.arc.ClientProxy;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./suite bench embed}: the raw model in a tight loop (N threads, no database), then the worker embedding the
 * same texts as question rows (claims, inference, writes), in the same JVM. The worker's rate over the raw rate is
 * how much the pipeline costs. PostgreSQL then stores the embedded rows again into an identical empty table, alone:
 * when the model's threads take every core, that write's CPU comes out of inference, which bounds the worker below raw.
 */
@ApplicationScoped
public class BenchService {

    @Inject
    Embedder embedder;
    @Inject
    EmbeddingService embedding;
    @Inject
    BenchRepository repository;

    public Uni<BenchResult> run(int rows) {
        // The injected bean is a client proxy: the provider instance is behind it.
        if (!(ClientProxy.unwrap(embedder) instanceof OnnxEmbedder model)) {
            throw ProblemException.conflict("the benchmark measures in-process models; EMBEDDING_PROVIDER is " + embedder.model());
        }
        List<String> texts = BenchTexts.generate(rows);
        return embedding.status().invoke(status -> {
            if (status.sweeping() || status.backlog().values().stream().anyMatch(n -> n > 0)) {
                throw ProblemException.conflict("the backlog must be empty and no sweep running (./suite embed --backfill first): "
                        + status.backlog());
            }
        })
                .chain(() -> raw(model, texts))
                .chain(before -> repository.insert(texts)
                        .chain(ids -> timedSweep(rows)
                                .chain(worker -> repository.timeIndexedWrite(ids).map(seconds -> new Measured(worker, rows / seconds)))
                                .eventually(() -> repository.delete(ids)))
                        // The raw loop runs before and after the worker, so drift (JIT, a busy machine) hits both sides alike.
                        .chain(measured -> raw(model, texts).map(after -> BenchResult.of(embedder.model(), rows, model.threads(),
                                Runtime.getRuntime().availableProcessors(), (before + after) / 2, measured.worker(),
                                measured.indexedWrite()))))
                .invoke(result -> Log.infof("Embedding bench: %s", result));
    }

    private Uni<Double> timedSweep(int rows) {
        long start = System.nanoTime();
        return embedding.sweep(embedding.everything()).map(written -> {
            double seconds = (System.nanoTime() - start) / 1e9;
            if (written.isEmpty() || written.get() < rows) {
                throw ProblemException.conflict("the worker embedded " + written.orElse(0L) + " of " + rows + " rows; see the log");
            }
            return rows / seconds;
        });
    }

    private static Uni<Double> raw(OnnxEmbedder model, List<String> texts) {
        return Uni.createFrom().item(() -> rawRate(model, texts)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The model alone: as many threads as the worker has, each embedding its share of the texts, one per call. */
    private static double rawRate(OnnxEmbedder model, List<String> texts) {
        texts.stream().limit(100).forEach(model::embedNow); // warm-up
        int threads = model.threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> shares = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                shares.add(pool.submit(() -> {
                    for (int i = first; i < texts.size(); i += threads) {
                        model.embedNow(texts.get(i));
                    }
                }));
            }
            for (Future<?> share : shares) {
                share.get();
            }
            return texts.size() / ((System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            throw new IllegalStateException("raw model loop failed", e);
        } finally {
            pool.shutdown();
        }
    }

    private record Measured(double worker, double indexedWrite) {
    }
}
