package dev.hybridstore.coreapi.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

    /** With ?include=, the row with the rows below it (CatalogService#getWith); the OpenAPI words come from CatalogOpenApi. */
    @GET
    @Path("{id}")
    public Uni<Object> get(@PathParam("id") UUID id, @QueryParam("include") String include) {
        return include == null ? rows.get(table, id).map(Object.class::cast) : rows.getWith(table, id, include).map(Object.class::cast);
    }
}
