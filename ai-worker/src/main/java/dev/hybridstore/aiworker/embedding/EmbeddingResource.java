package dev.hybridstore.aiworker.embedding;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Operating the embedding work: its status (./suite status) and a backfill (./suite embed --backfill). */
@Path("/embeddings")
public class EmbeddingResource {

    @Inject
    EmbeddingService service;

    @GET
    @Path("/status")
    public Uni<EmbeddingStatus> status() {
        return service.status();
    }

    /**
     * Embeds everything pending, in the background; poll the status for progress. {@code source} and
     * {@code where=column=value} narrow it to one source's rows, on its declared filter columns.
     */
    @POST
    @Path("/backfill")
    public Response backfill(@QueryParam("source") String source, @QueryParam("where") List<String> where) {
        boolean started = service.startSweep(service.scope(Optional.ofNullable(source).filter(s -> !s.isBlank()), where));
        return Response.accepted(Map.of("started", started)).build();
    }
}
