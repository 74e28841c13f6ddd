package dev.hybridstore.coreapi.admin.stats;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Database health and table statistics (reactive: they run on the event loop). */
@Path("/admin/db")
@Produces(MediaType.APPLICATION_JSON)
public class DbStatsResource {

    @Inject
    DbStatsService stats;

    /** 200 when the database answers, 503 (same body) when it does not. */
    @GET
    @Path("health")
    public Uni<Response> health() {
        return stats.health().map(h -> Response.status(h.reachable() ? 200 : 503).entity(h).build());
    }

    @GET
    @Path("tables")
    public Uni<DbStatsViews.Tables> tables() {
        return stats.tables();
    }
}
