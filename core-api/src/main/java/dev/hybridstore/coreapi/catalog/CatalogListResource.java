package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.coreapi.web.Paging;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Adds the list of all rows, a page at a time in the table's order, to a table created at its own path. */
public abstract class CatalogListResource<T extends Record> extends CatalogRootResource<T> {

    protected CatalogListResource(CatalogService rows, CatalogTable<T> table) {
        super(rows, table);
    }

    /** Items are rows, or maps of the ?fields= columns; CatalogOpenApi documents them as rows. */
    @GET
    public Uni<List<Object>> list(@Valid @BeanParam Paging paging, @QueryParam("fields") String fields) {
        return rows.page(table, null, paging.page(), paging.limit(), fields);
    }
}
