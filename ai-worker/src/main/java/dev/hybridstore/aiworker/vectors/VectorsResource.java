package dev.hybridstore.aiworker.vectors;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.embedding.Embedder;
import dev.hybridstore.embedding.EmbeddingInputException;
import dev.hybridstore.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

/** Vectors from the service's own model, for users outside the suite (core-api injects the same Embedder directly). */
@Path("/api/embeddings")
public class VectorsResource {

    @Inject
    Embedder embedder;

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record VectorsRequest(@NotNull @NotEmpty @Size(max = 256) List<@NotBlank @Size(max = 20_000) String> texts) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record VectorsResponse(String model, int dimension, List<float[]> vectors) {
    }

    @POST
    public Uni<VectorsResponse> embed(@NotNull @Valid VectorsRequest request) {
        return embedder.embed(request.texts())
                .map(vectors -> new VectorsResponse(embedder.model(), embedder.dimension(), vectors))
                .onFailure(EmbeddingInputException.class).transform(e -> ProblemException.badRequest(e.getMessage()))
                .onFailure(RejectedExecutionException.class)
                .transform(e -> ProblemException.unavailable("the embedding threads are saturated; retry shortly"));
    }
}
