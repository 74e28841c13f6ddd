package dev.hybridstore.coreapi.report;

import dev.hybridstore.coreapi.web.Params;
import dev.hybridstore.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/stores/{id}/reports")
@Tag(name = "Reports", description = "Seed 002's daily store reports, cached in Redis as report:{store_id}:{date}:{category}")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportService reports;

    @GET
    @Path("{date}/{category}")
    @Operation(summary = "A store's report for one day", description = """
            category is one of: sales (totals, average order), orders (counts by status, payment method, age group, gender), \
            products (best sellers). Computed by SQL from the store's orders of that day and cached 24 h for past days, \
            10 min for today; "cached" says whether this answer came from Redis.""")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "sales", value = """
                    {"cached":false,"report":{"store_id":1,"date":"2025-01-09","category":"sales",\
                    "generated_at":"2025-01-10T08:00:00Z","expires_at":"2025-01-11T08:00:00Z",\
                    "figures":{"order_count":3,"total_sales":90000,"items_sold":5,"average_order":30000.00,\
                    "discount_total":0,"shipping_total":6000}}}""")))
    @APIResponse(responseCode = "400", description = "Bad or future date, or unknown category", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "bad date", value = """
                    {"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid input",\
                    "errors":[{"field":"date","message":"'2025-13-45' is not a date in the form yyyy-MM-dd"}]}""")))
    @APIResponse(responseCode = "404", description = "No such store", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<String> report(@RestPath String id,
            @Parameter(description = "yyyy-MM-dd, not in the future", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @RestPath String date,
            @Parameter(schema = @Schema(enumeration = {"sales", "orders", "products"})) @RestPath String category) {
        return reports.report(Params.requiredId("id", id), Params.requiredDate("date", date), ReportCategory.parse(category));
    }

    @DELETE
    @Operation(summary = "Drop a store's cached reports", description = "SCAN for report:{store_id}:* on every Redis master and DEL (seed 002's reset).")
    @APIResponse(responseCode = "200", description = "How many keys were dropped")
    @APIResponse(responseCode = "404", description = "No such store", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "Redis is unavailable", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<ReportsDropped> drop(@RestPath String id) {
        long storeId = Params.requiredId("id", id);
        return reports.dropCached(storeId).map(dropped -> new ReportsDropped(storeId, dropped));
    }
}
