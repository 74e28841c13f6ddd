package dev.hybridstore.coreapi.ops;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The ops page's locked panels: under /admin, so the admin token guards them like every admin operation. */
@Path("/admin/ops")
@Produces(MediaType.APPLICATION_JSON)
public class OpsAdminResource {

    @Inject
    OpsAdminPanels panels;

    @GET
    @Operation(summary = "The last migration applied and the newest backup (admin token)")
    public OpsViews.Admin panels() {
        return panels.panels();
    }
}
