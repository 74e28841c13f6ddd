package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.coreapi.web.Paging;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * POST and GET of one parent's rows, for tables whose rows are created under their parent: a subclass's @Path is
 * the parent's path, {id}, and this table's segment (/api/catalog/projects/{id}/seasons).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public abstract class CatalogChildResource<T extends Record> {

    private final CatalogService rows;
    private final CatalogTable<T> table;

    protected CatalogChildResource(CatalogService rows, CatalogTable<T> table) {
        this.rows = rows;
        this.table = table;
    }

    @POST
    public Uni<RestResponse<T>> create(@PathParam("id") UUID parentId, @Valid @NotNull T row) {
        return rows.create(table, parentId, row).map(created -> CatalogResource.created(table, created));
    }

    @GET
    public Uni<List<Object>> list(@PathParam("id") UUID parentId, @Valid @BeanParam Paging paging,
            @QueryParam("fields") String fields) {
        return rows.page(table, parentId, paging.page(), paging.limit(), fields);
    }
}
