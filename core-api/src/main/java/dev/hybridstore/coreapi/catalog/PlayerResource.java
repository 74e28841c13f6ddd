package dev.hybridstore.coreapi.catalog;

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

@Path("/api/catalog/players")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class PlayerResource {

    private final PlayerService players;

    PlayerResource(PlayerService players) {
        this.players = players;
    }

    @POST
    @Operation(summary = "Create a player")
    public Uni<RestResponse<Player>> create(@Valid @NotNull Player player) {
        return players.create(player).map(created -> RestResponse.ResponseBuilder
                .<Player>created(URI.create("/api/catalog/players/" + created.id())).entity(created).build());
    }

    @GET
    @Operation(summary = "Players by name")
    public Uni<List<Player>> list(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return players.page(page, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One player")
    public Uni<Player> get(@PathParam("id") UUID id) {
        return players.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a player's fields")
    public Uni<Player> update(@PathParam("id") UUID id, @Valid @NotNull Player player) {
        return players.update(id, player);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Soft-delete a player")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return players.delete(id);
    }
}
