package dev.hybridstore.coreapi.search;

import dev.hybridstore.coreapi.ratelimit.Limit;
import dev.hybridstore.coreapi.ratelimit.RateLimited;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/search/{source}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge")
public class SearchResource {

    @Inject
    HybridSearch search;

    @GET
    @Operation(summary = "Search any declared source by meaning, by keyword, or both", description = "The sources and "
            + "their filters are declared in configuration (hybridstore.embedding.sources.<name>.search, docs/sources.md). "
            + "Every other query parameter is a filter of the source, compared for equality with the column of its name. "
            + "Modes as in question search; without mode, the source's first declared mode (hybrid for questions and manuals).")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "keyword", value = """
            {"query": "장애 대응", "mode": "keyword", "degraded": false, "hits": [
              {"id": 42, "company_id": "KAKAO", "category": "backend", "content": "카카오 결제 시스템의 장애 대응 경험을 설명해 주세요",
               "created_at": "2025-01-09T10:15:30", "score": 1.0, "keyword_rank": 1}]}""")))
    @APIResponse(responseCode = "400", description = "q empty or too long, k outside 1..50, a mode the source does not offer, "
            + "or a parameter that is not one of its filters or not of the filter's type")
    @APIResponse(responseCode = "404", description = "No searchable source has that name")
    @Parameter(name = "q", in = ParameterIn.QUERY, example = "장애 대응")
    @Parameter(name = "mode", in = ParameterIn.QUERY, description = "hybrid, vector or keyword")
    @RateLimited(Limit.SEARCH)
    public Uni<SearchResult<SourceRow>> search(@Parameter(example = "questions") @PathParam("source") String source,
            @Valid @BeanParam SearchParams params, @Context UriInfo uri) {
        Map<String, List<String>> filters = new LinkedHashMap<>(uri.getQueryParameters());
        filters.keySet().removeAll(SearchParams.NAMES);
        return search.search(source, params.q(), params.k(), params.mode(), filters);
    }
}
