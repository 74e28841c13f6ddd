package dev.hybridstore.coreapi.admin.migration;

import dev.hybridstore.coreapi.admin.ProductionGuard;
import dev.hybridstore.platform.problem.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Seed 004's migration commands over HTTP. Flyway is blocking JDBC, so these methods return plain values and run on
 * worker threads. {@code database} picks another database on the same server (a scratch or restored one).
 */
@Path("/admin/db")
@Produces(MediaType.APPLICATION_JSON)
public class MigrationResource {

    @Inject
    MigrationService migrations;

    @GET
    @Path("migrations")
    public MigrationViews.Status status(@QueryParam("database") String database) {
        return migrations.status(database);
    }

    @POST
    @Path("migrations/upgrade")
    public MigrationViews.Run upgrade(@QueryParam("target") String target, @QueryParam("database") String database) {
        return migrations.upgrade(database, target);
    }

    @POST
    @Path("migrations/undo")
    public MigrationViews.Run undo(@QueryParam("steps") @DefaultValue("1") String steps, @QueryParam("database") String database,
            @HeaderParam(ProductionGuard.CONFIRM_HEADER) String confirmation) {
        return migrations.undo(database, steps, confirmation);
    }

    @POST
    @Path("migrations/validate")
    public MigrationViews.Validation validate(@QueryParam("database") String database) {
        return migrations.validate(database);
    }

    @POST
    @Path("reset")
    public MigrationViews.Run reset(@QueryParam("database") String database,
            @HeaderParam(ProductionGuard.CONFIRM_HEADER) String confirmation) {
        return migrations.reset(database, confirmation);
    }

    @ServerExceptionMapper
    public Response failed(MigrationFailedException e) {
        return Response.status(e.failure().status()).type(Problem.PROBLEM_JSON).entity(e.failure()).build();
    }
}
