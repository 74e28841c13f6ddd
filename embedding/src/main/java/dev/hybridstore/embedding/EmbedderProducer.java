package dev.hybridstore.embedding;

import dev.hybridstore.model.config.InvalidSettingException;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/**
 * The one {@link Embedder} of a service, chosen by EMBEDDING_PROVIDER. Only services that ship the embedding libraries
 * and set {@code hybridstore.embedding.enabled=true} at build time get it; the others never load these classes.
 */
@ApplicationScoped
@IfBuildProperty(name = "hybridstore.embedding.enabled", stringValue = "true")
public class EmbedderProducer {

    @Produces
    @ApplicationScoped
    Embedder embedder(EmbeddingSettings settings) {
        long start = System.nanoTime();
        try {
            Embedder embedder = switch (settings.provider()) {
                case LOCAL -> OnnxModels.local(settings.threads(), settings.queueSize());
                case ONNX -> OnnxModels.fromDirectory(settings.onnx().modelDir().orElseThrow(
                        () -> new InvalidSettingException("EMBEDDING_MODEL_DIR", "required when EMBEDDING_PROVIDER=onnx")),
                        settings.onnx().pooling(), settings.threads(), settings.queueSize());
                case OPENAI -> new OpenAiEmbedder(settings.api());
            };
            Log.infof("Embedding model %s (%d-d) ready in %d ms", embedder.model(), embedder.dimension(),
                    (System.nanoTime() - start) / 1_000_000);
            return embedder;
        } catch (InvalidSettingException e) {
            // Quarkus prints a root-cause ConfigurationException as its message alone: one clear line, no stack trace.
            throw new ConfigurationException(e.getMessage());
        }
    }

    void close(@Disposes Embedder embedder) throws Exception {
        if (embedder instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** Loads the model at start, so a wrong setting stops the service at once rather than at its first text. */
    void checkAtStart(@Observes StartupEvent event, Embedder embedder, EmbeddingSettings settings) {
        DimensionCheck.mismatch(settings.provider().name().toLowerCase(), embedder.dimension(), "EMBEDDING_DIM is " + settings.dimension(),
                settings.dimension()).ifPresent(problem -> {
                    throw new ConfigurationException(problem);
                });
    }
}
