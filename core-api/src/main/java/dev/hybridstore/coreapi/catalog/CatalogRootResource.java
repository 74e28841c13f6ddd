package dev.hybridstore.coreapi.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import org.jboss.resteasy.reactive.RestResponse;

/** Adds POST of a new row to a table whose rows are created at its own path rather than under a parent's. */
public abstract class CatalogRootResource<T extends Record> extends CatalogResource<T> {

    protected CatalogRootResource(CatalogService rows, CatalogTable<T> table) {
        super(rows, table);
    }

    @POST
    public Uni<RestResponse<T>> create(@Valid @NotNull T row) {
        return rows.create(table, null, row).map(created -> created(table, created));
    }
}
