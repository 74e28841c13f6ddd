package dev.hybridstore.aiworker.bench;

import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Runs the embedding benchmark in this process (./suite bench embed starts a worker for it). */
@Path("/embeddings/bench")
public class BenchResource {

    private final BenchService service;

    BenchResource(BenchService service) {
        this.service = service;
    }

    @POST
    public Uni<BenchResult> run(@QueryParam("rows") @DefaultValue("2000") @Min(10) @Max(200_000) int rows) {
        return service.run(rows);
    }
}
