package dev.hybridstore.cacheworker.cache;

import dev.hybridstore.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/cache")
@Produces(MediaType.APPLICATION_JSON)
public class CacheResource {

    @Inject
    CacheService cache;

    /** Runs one cycle now (beside the scheduled ones; the row locks keep them apart) and reports what it did. */
    @POST
    @Path("refresh")
    public Uni<CycleReport> refresh() {
        return cache.runCycle().onFailure(StoreUnavailable.class).transform(e -> ProblemException.unavailable(e.getMessage()));
    }
}
