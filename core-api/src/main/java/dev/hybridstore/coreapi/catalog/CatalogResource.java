package dev.hybridstore.coreapi.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * GET, PUT and DELETE of one catalog row by id, for every table: a subclass gives the @Path and the table. The
 * summaries of these operations come from the table ({@link CatalogOpenApi}). Rows are records: a body typed as a bare
 * type variable could be a container, which Hibernate Validator warns of at every start.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public abstract class CatalogResource<T extends Record> {

    protected final CatalogService rows;
    protected final CatalogTable<T> table;

    protected CatalogResource(CatalogService rows, CatalogTable<T> table) {
        this.rows = rows;
        this.table = table;
    }

    @GET
    @Path("{id}")
    public Uni<T> get(@PathParam("id") UUID id) {
        return rows.get(table, id);
    }

    @PUT
    @Path("{id}")
    public Uni<T> update(@PathParam("id") UUID id, @Valid @NotNull T row) {
        return rows.update(table, id, row);
    }

    @DELETE
    @Path("{id}")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return rows.delete(table, id);
    }

    /** 201 with the row, and its Location. */
    static <T> RestResponse<T> created(CatalogTable<T> table, T row) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(table.path() + "/" + table.key().apply(row))).entity(row).build();
    }
}
