package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.coreapi.web.Created;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Adds PUT and DELETE of one catalog row by id to its GET. Rows are records: a body typed as a bare type variable could
 * be a container, which Hibernate Validator warns of at every start.
 */
public abstract class CatalogResource<T extends Record> extends CatalogReadResource<T> {

    protected CatalogResource(CatalogService rows, CatalogTable<T> table) {
        super(rows, table);
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
        return Created.at(table.path() + "/" + table.key().apply(row), row);
    }
}
