package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.coreapi.web.Created;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/catalog/trees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CatalogTreeResource {

    @Inject
    CatalogTreeService trees;

    @POST
    @Operation(summary = "Create a project with its seasons and events in one transaction", description = "Each season "
            + "(with its events) is written in its own savepoint: a season that is invalid, repeats a year, or has an event "
            + "the database refuses is rolled back alone and listed under skipped; the project and the other seasons commit.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "tree", value = """
            {"project": {"code": "WSOP", "name": "World Series of Poker"},
             "seasons": [
               {"season": {"year": 2024, "name": "WSOP 2024", "location": "Las Vegas"},
                "events": [{"event_number": 1, "name": "Main Event", "buy_in": 10000, "start_date": "2024-07-03", "end_date": "2024-07-17"}]},
               {"season": {"year": 2024, "name": "WSOP 2024 again"}}]}""")))
    @APIResponse(responseCode = "201", description = "The project committed; skipped lists the seasons that did not",
            content = @Content(examples = @ExampleObject(name = "created", value = """
                    {"project_id": "3f1c6a52-0d7e-4b8a-9c21-6e5d4f3a2b10",
                     "seasons": [{"index": 0, "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "year": 2024,
                                  "event_ids": ["1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9"]}],
                     "skipped": [{"index": 1, "reason": "Project '3f1c6a52-0d7e-4b8a-9c21-6e5d4f3a2b10' already has a season for 2024"}]}""")))
    @APIResponse(responseCode = "409", description = "The project's code is taken; nothing was written")
    public Uni<RestResponse<CatalogTree.Created>> create(@Valid @NotNull CatalogTree tree) {
        return trees.create(tree).map(created -> Created.at("/api/catalog/projects/" + created.projectId(), created));
    }
}
