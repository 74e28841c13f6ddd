package dev.hybridstore.coreapi.admin.backup;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Backups over HTTP; pg_dump is a blocking child process, so these run on worker threads. */
@Path("/admin/db/backups")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    @Inject
    BackupService backups;

    @POST
    public Response create(@QueryParam("schema") String schema, @QueryParam("database") String database) {
        return Response.status(Response.Status.CREATED).entity(backups.backup(database, schema)).build();
    }

    @GET
    public BackupViews.Backups list() {
        return backups.list();
    }

    @DELETE
    @Path("{name}")
    public void delete(@PathParam("name") String name) {
        backups.delete(name);
    }
}
