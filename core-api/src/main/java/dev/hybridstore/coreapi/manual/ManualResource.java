package dev.hybridstore.coreapi.manual;

import dev.hybridstore.coreapi.ratelimit.Limit;
import dev.hybridstore.coreapi.ratelimit.RateLimited;
import dev.hybridstore.coreapi.search.SearchMode;
import dev.hybridstore.coreapi.search.SearchParams;
import dev.hybridstore.coreapi.search.SearchResult;
import dev.hybridstore.coreapi.web.Created;
import dev.hybridstore.coreapi.web.Paging;
import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.model.knowledge.Manual;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/stores/{storeId}/manuals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge")
public class ManualResource {

    @Inject
    ManualService manuals;

    @POST
    @Operation(summary = "Add a manual to a store", description = "Searchable by keyword at once, by meaning once ai-worker embedded it.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "manual", value = """
            {"title": "마감 절차", "body": "영업 종료 30분 전 주문을 마감하고 POS 정산을 확인합니다."}""")))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "404", description = "The store does not exist")
    public Uni<RestResponse<Manual>> create(@PathParam("storeId") long storeId, @Valid @NotNull Manual manual) {
        return manuals.create(storeId, manual).map(m -> Created.at("/api/stores/" + storeId + "/manuals/" + m.id(), m));
    }

    @GET
    @Operation(summary = "A store's manuals by id, a page at a time")
    public Uni<List<Manual>> list(@PathParam("storeId") long storeId, @Valid @BeanParam Paging paging) {
        return manuals.page(storeId, paging.page(), paging.limit());
    }

    @GET
    @Path("{manualId}")
    @Operation(summary = "One manual of the store")
    public Uni<Manual> get(@PathParam("storeId") long storeId, @PathParam("manualId") long manualId) {
        return manuals.find(storeId, manualId).map(Problems.orNotFound("Manual", manualId));
    }

    @GET
    @Path("search")
    @Operation(summary = "Search a store's manuals by meaning, by keyword, or both", description = "As question search: "
            + "hybrid (default) fuses the vector and keyword rankings; degraded to keyword without a query embedding.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "keyword", value = """
            {"query": "정산", "mode": "keyword", "degraded": false, "hits": [
              {"id": 7, "store_id": 1, "title": "마감 절차", "body": "영업 종료 30분 전 주문을 마감하고 POS 정산을 확인합니다.",
               "embedded": true, "created_at": "2025-01-09T10:15:30", "score": 1.0, "keyword_rank": 1}]}""")))
    @APIResponse(responseCode = "400", description = "q empty or too long, k outside 1..50, or an unknown mode")
    @APIResponse(responseCode = "404", description = "The store does not exist")
    @Parameter(name = "q", in = ParameterIn.QUERY, example = "정산")
    @Parameter(name = "mode", in = ParameterIn.QUERY, description = "hybrid, vector or keyword",
            schema = @Schema(type = SchemaType.STRING, pattern = SearchMode.PATTERN, defaultValue = "hybrid"))
    @RateLimited(Limit.SEARCH)
    public Uni<SearchResult<Manual>> search(@PathParam("storeId") long storeId, @Valid @BeanParam SearchParams params) {
        return manuals.search(storeId, params.query(SearchMode.HYBRID));
    }
}
