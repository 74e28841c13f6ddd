package dev.hybridstore.coreapi.cache;

import dev.hybridstore.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The reads, the update and the delete every cached table answers the same way; a subclass gives the @Path, the tag, the create
 * (documented, on {@link #created}) and the list (and the class-level @Produces and @Consumes of its own methods). The texts say {row} and {hash},
 * which {@link CachedOpenApi} fills in per table. Rows are records, as in {@code CatalogResource}.
 */
public abstract class CachedResource<T extends Record, S extends CachedService<T>> {

    protected final S rows;

    protected CachedResource(S rows) {
        this.rows = rows;
    }

    /** Stores a new row: 201 with the row, and its Location. */
    protected Uni<Response> created(T request) {
        return rows.create(request).map(row -> Response.created(URI.create(rows.location(row))).entity(row).build());
    }

    @GET
    @Path("random")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A random cached {row}", description = "HRANDFIELD on {hash} (seed 003's get_random_{row}).")
    @APIResponse(responseCode = "200", description = "One {row} from the cache", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "404", description = "The cache is empty (the cache-worker fills it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<String> random(
            @Parameter(description = "no-cache picks from PostgreSQL") @RestHeader(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        return rows.randomJson(CacheAside.Mode.of(cacheControl));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a {row}", description = "Cache-aside: Redis first, then PostgreSQL (the entry is written back). "
            + "Cache-Control: no-cache reads PostgreSQL only and leaves the cache untouched.")
    @APIResponse(responseCode = "200", description = "The {row}", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "404", description = "No such {row}", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<String> get(@RestPath String id,
            @Parameter(description = "no-cache bypasses Redis") @RestHeader(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        return rows.getJson(id, CacheAside.Mode.of(cacheControl));
    }

    @PUT
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a {row}", description = "Write-through: PostgreSQL, then the {hash} entry.")
    @APIResponse(responseCode = "200", description = "The updated {row}", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "404", description = "No such {row}", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<String> update(@RestPath String id, @Valid @NotNull T row) {
        return rows.update(id, row);
    }

    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete a {row}", description = "PostgreSQL first, then the {hash} entry. A {row} that orders "
            + "reference is kept: orders keep their history.")
    @APIResponse(responseCode = "204", description = "Deleted, and gone from the cache")
    @APIResponse(responseCode = "404", description = "No such {row}", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Orders reference the {row}", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Void> delete(@RestPath String id) {
        return rows.delete(id);
    }
}
