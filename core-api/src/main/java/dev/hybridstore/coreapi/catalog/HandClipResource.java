package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.HandClip;
import dev.hybridstore.model.catalog.Player;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/catalog/hand-clips")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class HandClipResource {

    private final HandClipService handClips;

    HandClipResource(HandClipService handClips) {
        this.handClips = handClips;
    }

    @POST
    @Operation(summary = "Create a hand clip; (sheet_source, sheet_row_number) is unique")
    public Uni<RestResponse<HandClip>> create(@Valid @NotNull HandClip handClip) {
        return handClips.create(handClip).map(created -> RestResponse.ResponseBuilder
                .<HandClip>created(URI.create("/api/catalog/hand-clips/" + created.id())).entity(created).build());
    }

    @GET
    @Operation(summary = "Hand clips, optionally of one video file in time order")
    public Uni<List<HandClip>> list(@QueryParam("video_file_id") UUID videoFileId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return handClips.page(videoFileId, page, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One hand clip")
    public Uni<HandClip> get(@PathParam("id") UUID id) {
        return handClips.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a hand clip's fields")
    public Uni<HandClip> update(@PathParam("id") UUID id, @Valid @NotNull HandClip handClip) {
        return handClips.update(id, handClip);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Soft-delete a hand clip")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return handClips.delete(id);
    }

    @GET
    @Path("{id}/tags")
    @Operation(summary = "A hand clip's tags")
    public Uni<List<dev.hybridstore.model.catalog.Tag>> tags(@PathParam("id") UUID id) {
        return handClips.tags(id);
    }

    @PUT
    @Path("{id}/tags/{tagId}")
    @Operation(summary = "Tag a hand clip (idempotent)")
    public Uni<Void> tag(@PathParam("id") UUID id, @PathParam("tagId") UUID tagId) {
        return handClips.tag(id, tagId);
    }

    @DELETE
    @Path("{id}/tags/{tagId}")
    @Operation(summary = "Remove a tag from a hand clip")
    public Uni<Void> untag(@PathParam("id") UUID id, @PathParam("tagId") UUID tagId) {
        return handClips.untag(id, tagId);
    }

    @GET
    @Path("{id}/players")
    @Operation(summary = "The players in a hand clip")
    public Uni<List<Player>> players(@PathParam("id") UUID id) {
        return handClips.players(id);
    }

    @PUT
    @Path("{id}/players/{playerId}")
    @Operation(summary = "Add a player to a hand clip (idempotent)")
    public Uni<Void> addPlayer(@PathParam("id") UUID id, @PathParam("playerId") UUID playerId) {
        return handClips.addPlayer(id, playerId);
    }

    @DELETE
    @Path("{id}/players/{playerId}")
    @Operation(summary = "Remove a player from a hand clip")
    public Uni<Void> removePlayer(@PathParam("id") UUID id, @PathParam("playerId") UUID playerId) {
        return handClips.removePlayer(id, playerId);
    }
}
