package dev.hybridstore.aiworker.bench;

import dev.hybridstore.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Runs the embedding benchmark in this process (./suite bench embed starts a worker for it). */
@Path("/embeddings/bench")
public class BenchResource {

    @Inject
    BenchService service;
    @Inject
    BenchConfig config;

    @POST
    public Uni<BenchResult> run(@QueryParam("rows") @DefaultValue("2000") @Min(10) @Max(200_000) int rows) {
        if (!config.enabled()) {
            throw new ProblemException(404, "Not Found", "The embedding benchmark is off on this worker (it writes and deletes "
                    + "rows in questions); ./suite bench embed starts a worker of its own with hybridstore.bench.enabled=true", List.of());
        }
        return service.run(rows);
    }
}
