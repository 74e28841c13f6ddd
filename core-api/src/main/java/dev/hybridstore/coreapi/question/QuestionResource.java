package dev.hybridstore.coreapi.question;

import dev.hybridstore.coreapi.ratelimit.Limit;
import dev.hybridstore.coreapi.ratelimit.RateLimited;
import dev.hybridstore.coreapi.search.SearchMode;
import dev.hybridstore.coreapi.search.SearchParams;
import dev.hybridstore.coreapi.search.SearchResult;
import dev.hybridstore.coreapi.web.Created;
import dev.hybridstore.coreapi.web.Paging;
import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.model.knowledge.Question;
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
import jakarta.ws.rs.QueryParam;
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

@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge")
public class QuestionResource {

    @Inject
    QuestionService questions;

    @POST
    @Operation(summary = "Create an interview question", description = "Searchable by keyword at once; ai-worker embeds it "
            + "asynchronously (an EmbeddingRequested event on embedding-requests), after which vector search finds it too.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "question", value = """
            {"company_id": "KAKAO", "category": "backend", "content": "카카오 결제 시스템의 장애 대응 경험을 설명해 주세요"}""")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(examples = @ExampleObject(name = "created", value = """
            {"id": 42, "company_id": "KAKAO", "category": "backend", "content": "카카오 결제 시스템의 장애 대응 경험을 설명해 주세요",
             "embedded": false, "created_at": "2025-01-09T10:15:30"}""")))
    @APIResponse(responseCode = "404", description = "The company does not exist")
    public Uni<RestResponse<Question>> create(@Valid @NotNull Question question) {
        return questions.create(question).map(q -> Created.at("/api/questions/" + q.id(), q));
    }

    @GET
    @Operation(summary = "Questions by id, optionally of one company and category, a page at a time")
    public Uni<List<Question>> list(@QueryParam("company_id") String companyId, @QueryParam("category") String category,
            @Valid @BeanParam Paging paging) {
        return questions.page(companyId, category, paging.page(), paging.limit());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One question")
    public Uni<Question> get(@PathParam("id") int id) {
        return questions.find(id).map(Problems.orNotFound("Question", id));
    }

    @GET
    @Path("search")
    @Operation(summary = "Search questions by meaning, by keyword, or both", description = "vector: cosine top-k over the "
            + "HNSW index (the query is embedded with the rows' model); keyword: pg_trgm word similarity, which matches Korean "
            + "terms; hybrid (default): both fused by Reciprocal Rank Fusion (k=60). Without a query embedding, vector and "
            + "hybrid answer by keyword with \"degraded\": true. Only embedded rows appear in vector results.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "hybrid", value = """
            {"query": "장애 대응", "mode": "hybrid", "degraded": false, "hits": [
              {"id": 42, "company_id": "KAKAO", "category": "backend", "content": "카카오 결제 시스템의 장애 대응 경험을 설명해 주세요",
               "embedded": true, "created_at": "2025-01-09T10:15:30", "score": 0.0328, "vector_rank": 1, "keyword_rank": 1}]}""")))
    @APIResponse(responseCode = "400", description = "q empty or too long, k outside 1..50, or an unknown mode")
    @APIResponse(responseCode = "404", description = "company_id names no company")
    @Parameter(name = "q", in = ParameterIn.QUERY, example = "장애 대응")
    @Parameter(name = "mode", in = ParameterIn.QUERY, description = "hybrid, vector or keyword",
            schema = @Schema(type = SchemaType.STRING, pattern = SearchMode.PATTERN, defaultValue = "hybrid"))
    @RateLimited(Limit.SEARCH)
    public Uni<SearchResult<Question>> search(@Valid @BeanParam SearchParams params, @QueryParam("company_id") String companyId) {
        return questions.search(params.query(SearchMode.HYBRID), companyId);
    }
}
