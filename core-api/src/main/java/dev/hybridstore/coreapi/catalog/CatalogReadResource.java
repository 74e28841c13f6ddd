package dev.hybridstore.coreapi.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET of one catalog row by id, for every table: a subclass gives the @Path and the table. A read-only table's resource
 * extends this one; the others extend {@link CatalogResource}. The summaries come from the table ({@link CatalogOpenApi}).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public abstract class CatalogReadResource<T extends Record> {

    protected final CatalogService rows;
    protected final CatalogTable<T> table;

    protected CatalogReadResource(CatalogService rows, CatalogTable<T> table) {
        this.rows = rows;
        this.table = table;
    }

    @GET
    @Path("{id}")
    public Uni<T> get(@PathParam("id") UUID id) {
        return rows.get(table, id);
    }
}
