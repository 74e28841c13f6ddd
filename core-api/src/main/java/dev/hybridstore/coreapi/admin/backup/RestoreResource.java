package dev.hybridstore.coreapi.admin.backup;

import dev.hybridstore.coreapi.admin.ProductionGuard;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Restores over HTTP; pg_restore and psql are blocking child processes, so this runs on a worker thread. */
@Path("/admin/db/restores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RestoreResource {

    @Inject
    RestoreService restores;

    @POST
    public BackupViews.RestoreRun restore(@NotNull @Valid BackupViews.RestoreRequest request,
            @HeaderParam(ProductionGuard.CONFIRM_HEADER) String confirmation) {
        return restores.restore(request, confirmation);
    }
}
