package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.coreapi.web.Paging;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * POST and GET of one parent's rows, for tables whose rows are created under their parent: a subclass's @Path is
 * the parent's path, {id}, and this table's segment (/api/catalog/projects/{id}/seasons).
 */
public abstract class CatalogChildResource<T extends Record> extends CatalogTableResource<T> {

    protected CatalogChildResource(CatalogService rows, CatalogTable<T> table) {
        super(rows, table);
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
