package dev.hybridstore.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In-process inference with ONNX Runtime: one session shared by N dedicated threads, each run single-threaded (on a
 * small model, N independent runs beat one run spread over N cores). Texts are embedded one per call: batching
 * mixed-length texts pads them and is slower. Long texts are embedded in 510-token windows and averaged.
 */
public final class OnnxEmbedder implements Embedder, AutoCloseable {

    private final String model;
    private final OrtSession session;
    private final Encoder encoder;
    private final ThreadPoolExecutor executor;
    private final int dimension;

    OnnxEmbedder(String model, OrtSession session, InputStream tokenizer, PoolingMode pooling, int threads, int queueSize) {
        this.model = model;
        this.session = session;
        this.encoder = new Encoder(new OnnxBertBiEncoder(OrtEnvironment.getEnvironment(), session, tokenizer, pooling));
        this.executor = inferenceThreads(threads, queueSize);
        // Running the model once both detects its dimension and proves at start that model and tokenizer fit together.
        this.dimension = embedNow("dimension probe").length;
    }

    /** Session options for the shared session: every run stays on its calling thread. */
    static OrtSession.SessionOptions singleThreaded() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        return options;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public Uni<List<float[]>> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // One task per text, so a batch spreads over every inference thread.
        List<Uni<float[]>> each = texts.stream()
                .map(text -> Uni.createFrom().item(() -> embedNow(text)).runSubscriptionOn(executor))
                .toList();
        return Uni.join().all(each).andFailFast();
    }

    /** Embeds on the calling thread: the raw model, for benchmarks and the start-up probe. */
    public float[] embedNow(String text) {
        if (text == null || text.isBlank()) {
            throw new EmbeddingInputException("cannot embed an empty text");
        }
        return encoder.embed(text).content().vector();
    }

    /** The number of inference threads. */
    public int threads() {
        return executor.getCorePoolSize();
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
            session.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (OrtException e) {
            throw new IllegalStateException("closing the ONNX session failed", e);
        }
    }

    private static ThreadPoolExecutor inferenceThreads(int threads, int queueSize) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(n, n, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueSize), task -> {
            Thread t = new Thread(task, "embedding-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    static byte[] readAll(InputStream in, String what) {
        if (in == null) {
            throw new IllegalStateException(what + " is not on the classpath");
        }
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what, e);
        }
    }

    /**
     * langchain4j's BERT encoder (tokenizer, windows, pooling, normalisation) on our own session. Its single-text
     * path runs on the calling thread, so our executor, not langchain4j's, decides where inference runs.
     */
    private static final class Encoder extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder bert;

        Encoder(OnnxBertBiEncoder bert) {
            super(Runnable::run);
            this.bert = bert;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return bert;
        }
    }
}
