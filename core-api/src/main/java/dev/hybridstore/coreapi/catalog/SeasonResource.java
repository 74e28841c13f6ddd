package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Season;
import dev.hybridstore.model.catalog.Event;
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

@Path("/api/catalog/seasons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class SeasonResource {

    private final SeasonService seasons;
    private final EventService events;

    SeasonResource(SeasonService seasons, EventService events) {
        this.seasons = seasons;
        this.events = events;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One season")
    public Uni<Season> get(@PathParam("id") UUID id) {
        return seasons.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a season's fields")
    public Uni<Season> update(@PathParam("id") UUID id, @Valid @NotNull Season season) {
        return seasons.update(id, season);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Soft-delete a season")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return seasons.delete(id);
    }

    @POST
    @Path("{id}/events")
    @Operation(summary = "Add an event to a season")
    public Uni<RestResponse<Event>> createEvent(@PathParam("id") UUID id, @Valid @NotNull Event event) {
        return events.create(id, event).map(c -> RestResponse.ResponseBuilder
                .<Event>created(URI.create("/api/catalog/events/" + c.id())).entity(c).build());
    }

    @GET
    @Path("{id}/events")
    @Operation(summary = "A season's events by event number")
    public Uni<List<Event>> events(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return events.ofSeason(id, page, limit);
    }
}
