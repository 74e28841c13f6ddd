package dev.hybridstore.coreapi.sheetsync;

import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Params;
import dev.hybridstore.model.catalog.GoogleSheetSync;
import dev.hybridstore.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/catalog/sheet-syncs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sheet sync", description = "Seed 004 block D: each Google Sheet tab's import state, as the external syncer reports it")
public class SheetSyncResource {

    private static final String SYNC_EXAMPLE = """
            {"id": "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "sheet_id": "gs_wsop", "tab": "2024", "last_row": 120,
             "status": "success", "synced_at": "2025-01-09T06:00:00", "rows_read": 24,
             "errors": ["row 117: hand_number is not a number"], "created_at": "2025-01-02T06:00:00.123456",
             "updated_at": "2025-01-09T06:00:01.123456", "deleted_at": null}""";

    @Inject
    SheetSyncService syncs;

    @PUT
    @Path("{sheetId}/tabs/{tab}")
    @Operation(summary = "Report a sheet tab's sync state (upsert)", description = "Creates the tab's state or replaces it whole, keyed by "
            + "the sheet's id and the tab (the schema's unique key): absent errors are none, an absent synced_at is null.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "report", value = """
            {"status": "success", "synced_at": "2025-01-09T06:00:00", "rows_read": 24, "last_row": 120,
             "errors": ["row 117: hand_number is not a number"]}""")))
    @APIResponse(responseCode = "200", description = "The stored state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "stored", value = SYNC_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "invalid", value = """
                    {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "Invalid input",
                     "errors": [{"field": "status", "message": "must be pending, running, success or failed"}]}""")))
    public Uni<GoogleSheetSync> report(@PathParam("sheetId") String sheetId, @PathParam("tab") String tab,
            @Valid @NotNull SheetSyncReport report) {
        return syncs.report(sheetId, tab, report);
    }

    @GET
    @Path("{sheetId}/tabs/{tab}")
    @Operation(summary = "A sheet tab's sync state")
    @APIResponse(responseCode = "200", description = "The state last reported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "sync", value = SYNC_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Never reported", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "missing", value = """
                    {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Sheet sync 'gs_wsop/2031' does not exist"}""")))
    public Uni<GoogleSheetSync> get(@PathParam("sheetId") String sheetId, @PathParam("tab") String tab) {
        return syncs.get(sheetId, tab);
    }

    @GET
    @Operation(summary = "Sheet tabs' sync states", description = "Keyset pages in (sheet_id, tab) order: pass next_after as ?after= for "
            + "the next page; ?sheet_id= keeps one sheet's tabs.")
    public Uni<Page<GoogleSheetSync>> list(@RestQuery("sheet_id") String sheetId, @RestQuery String after, @RestQuery String limit) {
        return syncs.list(sheetId, after, Params.limit(limit));
    }
}
