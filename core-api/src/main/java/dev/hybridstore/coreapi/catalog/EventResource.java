package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Event;
import dev.hybridstore.model.catalog.Episode;
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

@Path("/api/catalog/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class EventResource {

    private final EventService events;
    private final EpisodeService episodes;

    EventResource(EventService events, EpisodeService episodes) {
        this.events = events;
        this.episodes = episodes;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One event")
    public Uni<Event> get(@PathParam("id") UUID id) {
        return events.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a event's fields")
    public Uni<Event> update(@PathParam("id") UUID id, @Valid @NotNull Event event) {
        return events.update(id, event);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Soft-delete a event")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return events.delete(id);
    }

    @POST
    @Path("{id}/episodes")
    @Operation(summary = "Add an episode to an event")
    public Uni<RestResponse<Episode>> createEpisode(@PathParam("id") UUID id, @Valid @NotNull Episode episode) {
        return episodes.create(id, episode).map(c -> RestResponse.ResponseBuilder
                .<Episode>created(URI.create("/api/catalog/episodes/" + c.id())).entity(c).build());
    }

    @GET
    @Path("{id}/episodes")
    @Operation(summary = "An event's episodes by episode number")
    public Uni<List<Episode>> episodes(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return episodes.ofEvent(id, page, limit);
    }
}
