package dev.hybridstore.coreapi.catalog;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A catalog resource bound to one table: the operations of its subclasses ({@link CatalogReadResource} at the table's
 * own path, {@link CatalogChildResource} under a parent's) run on that table through the one catalog service.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public abstract class CatalogTableResource<T extends Record> {

    protected final CatalogService rows;
    protected final CatalogTable<T> table;

    protected CatalogTableResource(CatalogService rows, CatalogTable<T> table) {
        this.rows = rows;
        this.table = table;
    }
}
