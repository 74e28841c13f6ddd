package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Episode;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Episodes are created under their event; their video files are listed with /api/catalog/video-files?episode_id=. */
@Path("/api/catalog/episodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class EpisodeResource {

    private final EpisodeService episodes;

    EpisodeResource(EpisodeService episodes) {
        this.episodes = episodes;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One episode")
    public Uni<Episode> get(@PathParam("id") UUID id) {
        return episodes.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an episode's fields")
    public Uni<Episode> update(@PathParam("id") UUID id, @Valid @NotNull Episode episode) {
        return episodes.update(id, episode);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Soft-delete an episode")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return episodes.delete(id);
    }
}
