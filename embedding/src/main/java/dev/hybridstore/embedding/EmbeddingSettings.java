package dev.hybridstore.embedding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How text is turned into vectors, read from the deployment's EMBEDDING_* variables. ai-worker and core-api read the
 * same settings, so a row and a search query are always embedded by the same model.
 */
@ConfigMapping(prefix = "hybridstore.embedding")
public interface EmbeddingSettings {

    enum Provider {
        /** all-MiniLM-L6-v2 (quantized, 384-d) shipped in a Maven artifact: in-process, no network. */
        LOCAL,
        /** Any ONNX sentence-embedding model from EMBEDDING_MODEL_DIR (e.g. a Korean model). */
        ONNX,
        /** An OpenAI-compatible /v1/embeddings endpoint. */
        OPENAI
    }

    /**
     * Build time: true in services that ship the embedding libraries (ai-worker, core-api); only they get an
     * {@link Embedder} bean (see {@link EmbedderProducer}).
     */
    @WithDefault("false")
    boolean enabled();

    /** EMBEDDING_PROVIDER: local, onnx or openai. */
    @WithDefault("${EMBEDDING_PROVIDER:local}")
    Provider provider();

    /** EMBEDDING_DIM: the dimension of the embedding columns (the migrations' placeholder); the provider must match it. */
    @WithDefault("${EMBEDDING_DIM:384}")
    int dimension();

    /** EMBEDDING_THREADS: in-process inference threads, each running ONNX single-threaded; 0 means one per core. */
    @WithDefault("${EMBEDDING_THREADS:0}")
    int threads();

    /** Texts waiting for an inference thread before new work is refused (protects memory under a burst). */
    @WithDefault("4096")
    int queueSize();

    Onnx onnx();

    Api api();

    interface Onnx {
        /** EMBEDDING_MODEL_DIR: a directory with model.onnx (or onnx/model.onnx) and tokenizer.json. */
        @WithDefault("${EMBEDDING_MODEL_DIR:}")
        Optional<Path> modelDir();

        /** EMBEDDING_POOLING: mean or cls; unset, the directory's 1_Pooling/config.json decides, else mean. */
        @WithDefault("${EMBEDDING_POOLING:}")
        Optional<String> pooling();
    }

    interface Api {
        /** EMBEDDING_API_URL: the full embeddings endpoint. */
        @WithDefault("${EMBEDDING_API_URL:https://api.openai.com/v1/embeddings}")
        String url();

        /** EMBEDDING_API_KEY: sent as a bearer token, never logged. */
        @WithDefault("${EMBEDDING_API_KEY:}")
        Optional<String> key();

        /** EMBEDDING_MODEL: the API's model name. */
        @WithDefault("${EMBEDDING_MODEL:text-embedding-3-small}")
        String model();

        /** EMBEDDING_API_DIMENSIONS: asks the API for shorter vectors; required for models whose size is not known here. */
        @WithDefault("${EMBEDDING_API_DIMENSIONS:}")
        Optional<Integer> dimensions();

        /** One attempt's limit. */
        @WithDefault("${EMBEDDING_API_TIMEOUT:30s}")
        Duration timeout();

        /** Retries after the first attempt, on 429, 5xx, timeouts and connection errors. */
        @WithDefault("${EMBEDDING_API_MAX_RETRIES:4}")
        int maxRetries();

        /** The first retry's delay; each next one doubles, up to {@link #maxBackoff()}. */
        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("20s")
        Duration maxBackoff();

        /** Inputs per request (OpenAI accepts at most 2048). */
        @WithDefault("2048")
        int maxInputsPerRequest();

        /** Estimated tokens per request (OpenAI's cap is 300,000). */
        @WithDefault("250000")
        int maxTokensPerRequest();
    }
}
