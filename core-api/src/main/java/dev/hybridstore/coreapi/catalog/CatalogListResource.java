package dev.hybridstore.coreapi.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
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
    public Uni<List<Object>> list(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit, @QueryParam("fields") String fields) {
        return rows.page(table, null, page, limit, fields);
    }
}
