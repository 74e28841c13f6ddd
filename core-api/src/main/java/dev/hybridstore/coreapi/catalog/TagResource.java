package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Tag;
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
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/catalog/tags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Catalog")
public class TagResource {

    private final TagService tags;

    TagResource(TagService tags) {
        this.tags = tags;
    }

    @POST
    @Operation(summary = "Create a tag; (category, name) is unique")
    public Uni<RestResponse<Tag>> create(@Valid @NotNull Tag tag) {
        return tags.create(tag).map(created -> RestResponse.ResponseBuilder
                .<Tag>created(URI.create("/api/catalog/tags/" + created.id())).entity(created).build());
    }

    @GET
    @Operation(summary = "Tags by category and name")
    public Uni<List<Tag>> list(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return tags.page(page, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One tag")
    public Uni<Tag> get(@PathParam("id") UUID id) {
        return tags.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a tag's fields")
    public Uni<Tag> update(@PathParam("id") UUID id, @Valid @NotNull Tag tag) {
        return tags.update(id, tag);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Soft-delete a tag")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return tags.delete(id);
    }
}
