package dev.hybridstore.coreapi.analytics;

import dev.hybridstore.coreapi.web.Params;
import dev.hybridstore.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/stores/{id}/sales/comparison")
@Tag(name = "Analytics", description = "Seed 002's raw-SQL statistics over a store's orders")
@Produces(MediaType.APPLICATION_JSON)
public class SalesComparisonResource {

    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 90;

    @Inject
    SalesComparisonService comparisons;

    @GET
    @Operation(summary = "Per-product sales: the last N days against the N days before", description = """
            The recent window ends today (included). delta = recent_sales - previous_sales; change_pct is null when \
            previous_sales is 0. Products without orders in either window are not listed.""")
    @APIResponse(responseCode = "200", description = "The comparison", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SalesComparison.class), examples = @ExampleObject(name = "week", value = """
                    {"store_id":1,"days":7,"recent_from":"2025-01-03","recent_to":"2025-01-09",\
                    "previous_from":"2024-12-27","previous_to":"2025-01-02","products":[\
                    {"product_id":"P1001","name":"Americano","recent_sales":45000,"previous_sales":30000,"delta":15000,"change_pct":50.00},\
                    {"product_id":"P1002","name":"Latte","recent_sales":12000,"previous_sales":0,"delta":12000,"change_pct":null}]}""")))
    @APIResponse(responseCode = "400", description = "days out of 1..90", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such store", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<SalesComparison> compare(@RestPath String id,
            @Parameter(description = "window length in days, 1 to 90 (default 7)") @RestQuery String days) {
        return comparisons.compare(Params.requiredId("id", id), Params.intIn("days", days, DEFAULT_DAYS, 1, MAX_DAYS));
    }
}
