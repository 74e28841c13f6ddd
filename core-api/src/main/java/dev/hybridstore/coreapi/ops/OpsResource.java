package dev.hybridstore.coreapi.ops;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The live figures behind the ops page ({@code /ops/}); reactive, so polling pages hold no worker thread. */
@Path("/api/ops/snapshot")
@Produces(MediaType.APPLICATION_JSON)
public class OpsResource {

    @Inject
    OpsService ops;

    @GET
    @Operation(summary = "Live figures of the whole suite, with the last minutes of each plotted series",
            description = "Orders accepted (Kafka) and stored (PostgreSQL) per second, consumer lag per partition of orders, "
                    + "dead letters by reason, cache hit ratio and Redis fallbacks, aging and embedding backlogs, database size "
                    + "and slow queries. A source that does not answer leaves its figures null and shows as down.")
    public Uni<OpsViews.Snapshot> snapshot() {
        return ops.snapshot();
    }
}
