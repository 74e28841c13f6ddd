package dev.hybridstore.coreapi.store;

import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Params;
import dev.hybridstore.model.commerce.Store;
import dev.hybridstore.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/stores")
@Tag(name = "Stores", description = "Seed 002's stores: they own products, and their orders feed reports and analytics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoreResource {

    @Inject
    StoreService stores;

    @POST
    @Operation(summary = "Create a store", description = "The store_id is assigned by the database and must be left out.")
    @APIResponse(responseCode = "201", description = "Created; Location names the store",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Store.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> create(@Valid @NotNull Store store) {
        return stores.create(store).map(created -> Response.created(URI.create("/api/stores/" + created.storeId())).entity(created).build());
    }

    @GET
    @Operation(summary = "List stores", description = "Keyset pages in store_id order: pass next_after as ?after= for the next page.")
    public Uni<Page<Store>> list(@RestQuery String after, @RestQuery String limit, @RestQuery String region) {
        return stores.list(region, Params.id("after", after), Params.limit(limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a store")
    @APIResponse(responseCode = "404", description = "No such store", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Store> get(@RestPath String id) {
        return stores.find(Params.requiredId("id", id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a store")
    @APIResponse(responseCode = "404", description = "No such store", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Store> update(@RestPath String id, @Valid @NotNull Store store) {
        return stores.update(Params.requiredId("id", id), store);
    }
}
