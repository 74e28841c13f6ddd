package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.coreapi.ratelimit.Limit;
import dev.hybridstore.coreapi.ratelimit.RateLimited;
import dev.hybridstore.coreapi.web.Paging;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalog/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CatalogSearchResource {

    @Inject
    CatalogSearchService search;

    @GET
    @Operation(summary = "Full-text search over video titles and hand-clip notes", description = "English text search "
            + "(stemmed: 'bluffs' finds 'bluff'), web-search syntax: \"quoted phrases\", or, -excluded. Ranked by ts_rank.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "hits", value = """
            {"query": "final table", "hits": [
              {"kind": "video_file", "id": "0b6f3c1e-1f0a-4d2b-9a57-5d1f2f7c9e11", "title": "WSOP 2024 Main Event Final Table",
               "text": "WSOP 2024 Main Event Final Table", "rank": 0.0991},
              {"kind": "hand_clip", "id": "6a0c2d4e-8b1f-4c3a-a2d9-0e7f5b6c1d22", "title": "Hero call",
               "text": "Hero call on the river at the final table", "rank": 0.0759}]}""")))
    @APIResponse(responseCode = "400", description = "q empty or too long, or page/limit out of range")
    @RateLimited(Limit.SEARCH)
    public Uni<CatalogSearchResult> search(@Parameter(example = "final table") @QueryParam("q") @NotBlank @Size(max = 200) String q,
            @Valid @BeanParam Paging paging) {
        return search.search(q.strip(), paging.page(), paging.limit());
    }
}
