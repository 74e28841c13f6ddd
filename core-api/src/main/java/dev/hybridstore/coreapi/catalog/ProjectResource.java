package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Project;
import dev.hybridstore.model.catalog.Season;
import dev.hybridstore.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/catalog/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog", description = "The poker VOD catalog (seed 004); DELETE is a soft delete, after which reads answer 404")
public class ProjectResource {

    static final String PROJECT_EXAMPLE = """
            {"id":"3f1c6a52-0d7e-4b8a-9c21-6e5d4f3a2b10","code":"WSOP","name":"World Series of Poker",\
            "description":"Main tour","nas_base_path":"/nas/wsop","is_active":true,"created_at":"2025-01-09T10:15:30.123456",\
            "updated_at":"2025-01-09T10:15:30.123456","deleted_at":null}""";

    private final ProjectService projects;
    private final SeasonService seasons;

    ProjectResource(ProjectService projects, SeasonService seasons) {
        this.projects = projects;
        this.seasons = seasons;
    }

    @POST
    @Operation(summary = "Create a project (a poker series); its code is unique")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "project", value = """
            {"code":"WSOP","name":"World Series of Poker","description":"Main tour","nas_base_path":"/nas/wsop"}""")))
    @APIResponse(responseCode = "201", description = "Created; Location names the project", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "created", value = PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The code is taken", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "taken", value = """
                    {"type":"about:blank","title":"Conflict","status":409,\
                    "detail":"duplicate key value violates unique constraint \\"ix_projects_code\\": Key (code)=(WSOP) already exists"}""")))
    public Uni<RestResponse<Project>> create(@Valid @NotNull Project project) {
        return projects.create(project).map(p -> RestResponse.ResponseBuilder
                .<Project>created(URI.create("/api/catalog/projects/" + p.id())).entity(p).build());
    }

    @GET
    @Operation(summary = "Projects by code, a page at a time")
    public Uni<List<Project>> list(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return projects.page(page, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One project")
    @APIResponse(responseCode = "200", description = "The project", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "project", value = PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such project, or soft-deleted", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "missing", value = """
                    {"type":"about:blank","title":"Not Found","status":404,\
                    "detail":"Project '3f1c6a52-0d7e-4b8a-9c21-6e5d4f3a2b10' does not exist"}""")))
    public Uni<Project> get(@PathParam("id") UUID id) {
        return projects.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a project's fields")
    public Uni<Project> update(@PathParam("id") UUID id, @Valid @NotNull Project project) {
        return projects.update(id, project);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Soft-delete a project")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return projects.delete(id);
    }

    @POST
    @Path("{id}/seasons")
    @Operation(summary = "Add a season to a project; one season per year (409 otherwise)")
    public Uni<RestResponse<Season>> createSeason(@PathParam("id") UUID id, @Valid @NotNull Season season) {
        return seasons.create(id, season).map(s -> RestResponse.ResponseBuilder
                .<Season>created(URI.create("/api/catalog/seasons/" + s.id())).entity(s).build());
    }

    @GET
    @Path("{id}/seasons")
    @Operation(summary = "A project's seasons by year")
    public Uni<List<Season>> seasons(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return seasons.ofProject(id, page, limit);
    }
}
