package dev.hybridstore.coreapi.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/**
 * GET of one catalog row by id, for every table: a subclass gives the @Path and the table. A read-only table's resource
 * extends this one; the others extend {@link CatalogResource}. The summaries come from the table ({@link CatalogOpenApi}).
 */
public abstract class CatalogReadResource<T extends Record> extends CatalogTableResource<T> {

    protected CatalogReadResource(CatalogService rows, CatalogTable<T> table) {
        super(rows, table);
    }

    /** With ?include=, the row with the rows below it (CatalogService#getWith); the OpenAPI words come from CatalogOpenApi. */
    @GET
    @Path("{id}")
    public Uni<Object> get(@PathParam("id") UUID id, @QueryParam("include") String include) {
        return include == null ? rows.get(table, id).map(Object.class::cast) : rows.getWith(table, id, include).map(Object.class::cast);
    }
}
